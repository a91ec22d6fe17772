package io.shale.diff;

import io.shale.dialect.DiffHooks;
import io.shale.schema.Catalog;
import io.shale.schema.Extension;
import io.shale.schema.Schema;
import io.shale.schema.change.Change;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compares two inspected catalogs and answers the ordered changes that turn the first into the
 * second, with every warning a person must read. Dialect-free: a database only answers the
 * questions in {@link DiffHooks}.
 *
 * <p><b>Order of the changes</b> (renderers rely on it):
 * <ol>
 * <li>Drop triggers, policies, extended statistics (that go or change, or whose table or view is
 *     recreated, renamed or reshaped), then views (a view before the views it reads), then routines
 *     that go or change; drop foreign keys that go or change, whose table or referenced table goes or is
 *     recreated, whose columns or referenced columns go or change type, or whose referenced key is
 *     dropped; drop indexes, checks, exclusion constraints, unique constraints and primary keys that go
 *     or change; drop tables that are recreated (partitions first). Drops name tables and columns as
 *     they are now.</li>
 * <li>Create schemas and extensions; create collations, drop and create again those whose definition
 *     changed and that no column or domain uses (a used one is a warning), comment on them; create
 *     enums, add enum values ({@code AddEnumValue} in the desired order, each naming an existing
 *     neighbour), recreate enums; create range types and drop and create again those whose definition
 *     changed and that nothing uses (a used one is a warning); create composite types (a type after
 *     the types it uses) and alter their attributes (unless a column uses the type: a warning) and
 *     comments; create and alter domains
 *     (after the enums and composite types they may be based on), then the composite types that use
 *     domains; create and alter sequences
 *     (without owner: see step 4), and release the owner of sequences that are dropped or change owner;
 *     create the routines that tables call (defaults, generated columns, checks, indexes, extended
 *     statistics, range types' functions), then the range types that call routines of the schema or are
 *     over its domains or composite types.</li>
 * <li>Rename tables (hinted only); create tables (without their foreign keys; parents before
 *     partitions); for each kept table: rename columns (hinted), add, alter, drop columns; then table
 *     and column comments, row-level security. From here on changes name tables and columns as they will be called.</li>
 * <li>Add primary keys, unique constraints, checks, exclusion constraints, indexes, extended statistics
 *     (and set the target and comment of kept ones); name the partitions'
 *     shares of their parents' indexes ({@code NamePartitionIndex}); add foreign keys (after every table
 *     exists, so cycles work); give sequences their owning column.</li>
 * <li>Create routines, views (a view after the views it reads), extended statistics on materialized views,
 *     triggers, policies; then comments on indexes and constraints.</li>
 * <li>Drop tables (their foreign keys went in step 1; partitions first), range types that call routines
 *     of the schema or are over its domains or composite types, the routines that tables called,
 *     sequences, composite types that use domains, domains, other composite types (a type before the
 *     types it uses), other range types, collations,
 *     enums, extensions, schemas.</li>
 * </ol>
 * A trigger is dropped and recreated with its table or view (an {@code INSTEAD OF} trigger on a view).
 * A view is dropped and recreated when its definition or comment changes, when a table it reads
 * goes, is recreated, renamed, or has a column renamed, altered or dropped, when a column of a
 * recreated enum lies in such a table, or when a view it reads is dropped.
 *
 * <p><b>Renames</b> are never a silent drop and add: a hinted rename becomes {@code RenameTable} or
 * {@code RenameColumn} (then {@code AlterColumn} for what else differs); an unhinted drop and add that
 * look like one (a single dropped and a single added column of rename-compatible types in one table;
 * a single dropped and a single created table with the same column names in one schema) stay a drop
 * and an add with a warning starting {@code possible rename}. Hints that name missing objects are refused.
 *
 * <p><b>Exclusion</b>: {@code excluded} is asked about each table, view, enum, domain, collation, composite
 * and range type, extended statistics object, sequence, routine and trigger under its qualified name
 * ({@code schema.name}, just the name where the schema is null) and under its bare name; the object is
 * excluded when either answer is yes. Triggers also go with their table, extended statistics with their
 * table or materialized view, sequences with their owning table. Excluded objects are never created,
 * altered or dropped, except that a recreated enum still casts the columns of excluded tables that use it.
 *
 * <p>Primary keys are matched by their columns, other keys, checks and indexes by name. A table whose
 * partitioning or parent changed is dropped and recreated, with its partitions, with a warning.
 * Objects the inspector could not model ({@link Catalog#unsupported()}) become warnings starting
 * {@code not compared:}.
 */
public final class Differ {
    private final DiffHooks hooks;

    public Differ(DiffHooks hooks) {
        this.hooks = Objects.requireNonNull(hooks, "hooks");
    }

    /**
     * @param from     the catalog as it is
     * @param to       the catalog as it should be
     * @param renames  the user's rename hints, {@link Renames#NONE} for none
     * @param excluded names to leave alone (see the class comment)
     * @throws io.shale.error.ShaleException ({@code USAGE}) when a rename hint names a table or column
     *                                       that is missing, excluded, or present under both names
     */
    public Plan diff(Catalog from, Catalog to, Renames renames, Predicate<String> excluded) {
        Exclusion exclusion = new Exclusion(excluded);
        Catalog current = exclusion.filter(from);
        Catalog wanted = exclusion.filter(to);
        PlanBuilder plan = new PlanBuilder();
        from.unsupported().forEach(line -> plan.warn("not compared: " + line));
        to.unsupported().forEach(line -> plan.warn("not compared: " + line));
        Hints hints = new Hints(renames, current, wanted);

        namespaces(current, wanted, plan);
        new CollationDiff(plan).diff(current, wanted, from);
        Set<String> recast = new EnumDiff(plan).diff(current, wanted, from);
        new RangeTypeDiff(plan).diff(current, wanted, from);
        new CompositeTypeDiff(plan).diff(current, wanted, from);
        new DomainDiff(plan).diff(current, wanted);
        new SequenceDiff(plan).diff(current, wanted, (schema, owner) -> owner(owner, hints, schema));
        TablePairing pairing = new TablePairing(current, wanted, hints, plan);
        Map<String, TableDelta> deltas = new TableDiff(hooks, plan).diff(pairing, hints);
        new ForeignKeyDiff(plan).diff(current, wanted, pairing, deltas);
        new PartitionIndexDiff(plan).diff(current, wanted);

        Set<String> recreated = new HashSet<>();
        pairing.recreated.forEach(p -> recreated.add(p.fromName()));
        Set<String> reshaped = new HashSet<>(recast);
        reshaped.addAll(recreated);
        pairing.dropped.forEach(t -> reshaped.add(t.qualifiedName()));
        deltas.forEach((table, delta) -> {
            if (delta.reshaped()) {
                reshaped.add(table);
            }
        });
        recreated.addAll(new ViewDiff(plan).diff(current, wanted, reshaped));
        new CodeDiff(plan).diff(current, wanted, recreated);
        new PolicyDiff(plan).diff(current, wanted, reshaped);
        Set<String> statisticsGo = new HashSet<>(reshaped);
        statisticsGo.addAll(recreated);
        new StatisticsDiff(plan).diff(current, wanted, statisticsGo);
        new CommentDiff(plan).diff(current, wanted);
        return plan.build();
    }

    /**
     * The hints for the opposite direction, {@code diff(to, from, reversed(renames), excluded)}: what
     * a migration's down section needs. Column hints are re-keyed by the table's name in {@code from}.
     */
    public static Renames reversed(Renames renames) {
        Map<String, String> tables = new LinkedHashMap<>();
        Map<String, String> oldTableNames = new HashMap<>();
        renames.tables().forEach((key, target) -> {
            String[] parts = Hints.split(key);
            tables.put(Names.qualify(parts[0], target), parts[1]);
            oldTableNames.put(Names.qualify(parts[0], target), parts[1]);
        });
        Map<String, String> columns = new LinkedHashMap<>();
        renames.columns().forEach((key, target) -> {
            String[] tableAndColumn = Hints.split(key);
            String[] parts = Hints.split(tableAndColumn[0]);
            String table = oldTableNames.getOrDefault(tableAndColumn[0], parts[1]);
            columns.put(Names.qualify(Names.qualify(parts[0], table), target), tableAndColumn[1]);
        });
        return new Renames(tables, columns);
    }

    private static void namespaces(Catalog from, Catalog to, PlanBuilder plan) {
        for (Schema schema : to.schemas()) {
            from.schema(schema.name()).ifPresentOrElse(
                    old -> {
                        if (!Objects.equals(old.comment(), schema.comment())) {
                            plan.warn("not compared: comment on schema " + schema.name());
                        }
                    },
                    () -> plan.add(Phase.CREATE_SCHEMA, new Change.CreateSchema(schema.name())));
        }
        for (Schema schema : from.schemas()) {
            if (to.schema(schema.name()).isEmpty()) {
                plan.add(Phase.DROP_SCHEMA, new Change.DropSchema(schema.name()));
            }
        }
        for (Extension extension : to.extensions()) {
            Extension old = from.extensions().stream().filter(e -> e.name().equals(extension.name()))
                    .findFirst().orElse(null);
            if (old == null) {
                plan.add(Phase.CREATE_EXTENSION, new Change.CreateExtension(extension));
            } else if (!old.equals(extension)) {
                plan.warn("not compared: extension " + extension.name() + " is " + old.schema() + " " + old.version()
                        + " and should be " + extension.schema() + " " + extension.version()
                        + "; update or move it by hand");
            }
        }
        for (Extension extension : from.extensions()) {
            if (to.extensions().stream().noneMatch(e -> e.name().equals(extension.name()))) {
                plan.add(Phase.DROP_EXTENSION, new Change.DropExtension(extension));
            }
        }
    }

    /** A sequence owner {@code table.column} as it is called after hinted renames (same schema). */
    private static String owner(String owner, Hints hints, String schema) {
        int dot = owner.lastIndexOf('.');
        if (dot < 0) {
            return owner;
        }
        String table = owner.substring(0, dot);
        String column = owner.substring(dot + 1);
        String newTable = hints.tableRename(schema, table).orElse(table);
        return newTable + "." + hints.columnRenames(schema, newTable).getOrDefault(column, column);
    }
}
