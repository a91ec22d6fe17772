package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.CompositeType;
import io.shale.schema.ExtendedStatistics;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.RangeType;
import io.shale.schema.Sequence;
import io.shale.schema.View;
import io.shale.schema.change.Change;
import io.shale.schema.change.ChangeVisitor;
import io.shale.schema.change.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a plan to a {@link ReplayState} the way a strict database would, failing on the first
 * change whose preconditions do not hold (a foreign key to a missing table, a dropped column that a
 * view still reads, a type dropped while a column uses it, ...). Dropping a table drops its
 * partitions, triggers, extended statistics and owned sequences; dropping a column drops the sequences it owns.
 */
final class Replay implements ChangeVisitor<Void> {
    private final ReplayState s;
    private final Set<String> knownEnums = new HashSet<>();
    private final Set<String> knownCollations = new HashSet<>();
    private final Set<String> knownCompositeTypes = new HashSet<>();
    private final Set<String> knownRangeTypes = new HashSet<>();
    private final Set<String> knownRelations = new HashSet<>();
    private Change current;

    private Replay(ReplayState state, Catalog from, Catalog to) {
        this.s = state;
        for (Catalog c : List.of(from, to)) {
            c.schemas().forEach(sc -> sc.enums().forEach(e -> knownEnums.add(Names.qualify(e.schema(), e.name()))));
            c.schemas().forEach(sc -> sc.collations().forEach(o -> knownCollations.add(Names.qualify(o.schema(), o.name()))));
            c.schemas().forEach(sc -> sc.rangeTypes().forEach(o -> knownRangeTypes.add(Names.qualify(o.schema(), o.name()))));
            c.schemas().forEach(sc -> sc.compositeTypes().forEach(o -> knownCompositeTypes.add(Names.qualify(o.schema(),
                    o.name()))));
            c.tables().forEach(t -> knownRelations.add(t.qualifiedName()));
            c.schemas().forEach(sc -> sc.views().forEach(v -> knownRelations.add(Names.qualify(v.schema(), v.name()))));
        }
    }

    /** Replays {@code plan} on {@code from} and returns the resulting facts. */
    static List<String> apply(Plan plan, Catalog from, Catalog to) {
        Replay replay = new Replay(ReplayState.of(from), from, to);
        for (Change change : plan.changes()) {
            replay.current = change;
            change.accept(replay);
        }
        return replay.s.facts();
    }

    private void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what + " at " + ChangeText.lines(List.of(current)).get(0));
        }
    }

    private ReplayState.TableState table(String schema, String name) {
        ReplayState.TableState t = s.tables.get(Names.qualify(schema, name));
        require(t != null, "no table " + Names.qualify(schema, name));
        return t;
    }

    private void noViewReads(String relation) {
        require(s.views.values().stream().noneMatch(v -> v.dependsOn().contains(relation)), "a view reads " + relation);
    }

    private boolean keyUses(String table, String column) {
        for (ReplayState.TableState t : s.tables.values()) {
            for (ForeignKey f : t.foreignKeys.values()) {
                if (t.qualifiedName().equals(table) && f.columns().contains(column)
                        || Names.qualify(f.refSchema(), f.refTable()).equals(table) && f.refColumns().contains(column)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void noForeignKeyReferences(String table, List<String> columns) {
        for (ReplayState.TableState t : s.tables.values()) {
            for (ForeignKey f : t.foreignKeys.values()) {
                require(!(Names.qualify(f.refSchema(), f.refTable()).equals(table)
                        && Set.copyOf(f.refColumns()).equals(Set.copyOf(columns))),
                        "foreign key " + f.name() + " references the key");
            }
        }
    }

    private void typeExists(String schema, Column column) {
        String type = column.type().name();
        String qualified = type.contains(".") ? type : Names.qualify(schema, type);
        if (knownEnums.contains(qualified)) {
            require(s.enums.containsKey(qualified), "type " + qualified + " is missing");
        }
        if (knownCompositeTypes.contains(qualified)) {
            require(s.compositeTypes.containsKey(qualified), "type " + qualified + " is missing");
        }
        require(!knownRangeTypes.contains(qualified) || s.rangeTypes.containsKey(qualified), "type " + qualified
                + " is missing");
        String collation = collation(column.collation());
        if (knownCollations.contains(collation)) {
            require(s.collations.containsKey(collation), "collation " + collation + " is missing");
        }
    }

    /** {@code schema.name} of a collation named {@code "schema"."name"}, as the PostgreSQL inspector prints it. */
    private static String collation(String reference) {
        return reference == null ? null : reference.replace("\".\"", ".").replace("\"", "");
    }

    private void dropTable(String name) {
        s.tables.values().stream().filter(t -> name.equals(t.parent)).map(ReplayState.TableState::qualifiedName)
                .toList().forEach(this::dropTable);
        ReplayState.TableState t = s.tables.remove(name);
        s.triggers.keySet().removeIf(k -> k.startsWith(name + "#"));
        s.statistics.values().removeIf(x -> Names.qualify(x.tableSchema(), x.table()).equals(name));
        s.sequences.values().removeIf(q -> q.ownedBy() != null
                && Objects.equals(Names.qualify(q.schema(), Hints.split(q.ownedBy())[0]), name));
        Objects.requireNonNull(t);
    }

    @Override
    public Void visit(Change.CreateSchema c) {
        require(s.schemas.add(c.name()), "schema exists");
        return null;
    }

    @Override
    public Void visit(Change.DropSchema c) {
        require(s.tables.values().stream().noneMatch(t -> c.name().equals(t.schema)), "schema not empty");
        require(s.views.values().stream().noneMatch(v -> c.name().equals(v.schema())), "schema not empty");
        require(s.collations.values().stream().noneMatch(o -> c.name().equals(o.schema())), "schema not empty");
        require(s.compositeTypes.values().stream().noneMatch(o -> c.name().equals(o.schema())), "schema not empty");
        require(s.schemas.remove(c.name()), "no schema");
        return null;
    }

    @Override
    public Void visit(Change.CreateExtension c) {
        require(s.schemas.contains(c.extension().schema()), "no schema for extension");
        require(s.extensions.add(c.extension().name()), "extension exists");
        return null;
    }

    @Override
    public Void visit(Change.DropExtension c) {
        require(s.extensions.remove(c.extension().name()), "no extension");
        return null;
    }

    @Override
    public Void visit(Change.CreateEnum c) {
        String name = Names.qualify(c.enumType().schema(), c.enumType().name());
        require(s.schemas.contains(c.enumType().schema()), "no schema");
        require(s.enums.put(name, new ArrayList<>(c.enumType().values())) == null, "enum exists");
        return null;
    }

    @Override
    public Void visit(Change.DropEnum c) {
        String name = Names.qualify(c.enumType().schema(), c.enumType().name());
        for (ReplayState.TableState t : s.tables.values()) {
            t.columns.values().forEach(col -> require(!col.type().name().equals(name)
                    && !(col.type().name().equals(c.enumType().name()) && Objects.equals(t.schema, c.enumType().schema())),
                    "column " + col.name() + " uses the type"));
        }
        require(noAttributeUses(name), "a composite type uses the type");
        require(s.enums.remove(name) != null, "no enum");
        return null;
    }

    @Override
    public Void visit(Change.AddEnumValue c) {
        List<String> values = s.enums.get(Names.qualify(c.enumType().schema(), c.enumType().name()));
        require(values != null && !values.contains(c.value()), "no enum or value exists");
        if (c.after() != null) {
            require(values.contains(c.after()), "no neighbour");
            values.add(values.indexOf(c.after()) + 1, c.value());
        } else if (c.before() != null) {
            require(values.contains(c.before()), "no neighbour");
            values.add(values.indexOf(c.before()), c.value());
        } else {
            values.add(c.value());
        }
        return null;
    }

    @Override
    public Void visit(Change.RecreateEnum c) {
        String name = Names.qualify(c.from().schema(), c.from().name());
        require(s.enums.containsKey(name), "no enum");
        s.enums.put(name, new ArrayList<>(c.to().values()));
        return null;
    }

    @Override
    public Void visit(Change.CreateCollation c) {
        require(s.schemas.contains(c.collation().schema()), "no schema");
        require(s.collations.put(Names.qualify(c.collation().schema(), c.collation().name()), c.collation()) == null,
                "collation exists");
        return null;
    }

    @Override
    public Void visit(Change.DropCollation c) {
        String name = Names.qualify(c.collation().schema(), c.collation().name());
        require(s.collations.remove(name) != null, "no collation");
        for (ReplayState.TableState t : s.tables.values()) {
            t.columns.values().forEach(col -> require(!name.equals(collation(col.collation())),
                    "column " + col.name() + " uses the collation"));
        }
        return null;
    }

    @Override
    public Void visit(Change.AlterCollation c) {
        String name = Names.qualify(c.to().schema(), c.to().name());
        require(s.collations.replace(name, c.to()) != null, "no collation");
        return null;
    }

    @Override
    public Void visit(Change.CreateCompositeType c) {
        require(s.schemas.contains(c.type().schema()), "no schema");
        c.type().attributes().forEach(this::attributeTypeExists);
        require(s.compositeTypes.put(Names.qualify(c.type().schema(), c.type().name()), c.type()) == null,
                "composite type exists");
        return null;
    }

    @Override
    public Void visit(Change.DropCompositeType c) {
        String name = Names.qualify(c.type().schema(), c.type().name());
        noColumnUses(name);
        require(noAttributeUses(name), "a composite type uses the type");
        require(s.compositeTypes.remove(name) != null, "no composite type");
        return null;
    }

    /** As PostgreSQL: attributes change only while no column uses the type. */
    @Override
    public Void visit(Change.AlterCompositeType c) {
        String name = Names.qualify(c.to().schema(), c.to().name());
        CompositeType type = s.compositeTypes.get(name);
        require(type != null, "no composite type");
        List<CompositeType.Attribute> attributes = new ArrayList<>(type.attributes());
        if (!c.dropped().isEmpty() || !c.added().isEmpty() || !c.altered().isEmpty()) {
            noColumnUses(name);
        }
        for (String dropped : c.dropped()) {
            require(attributes.removeIf(a -> a.name().equals(dropped)), "no attribute " + dropped);
        }
        for (CompositeType.Attribute added : c.added()) {
            require(attributes.stream().noneMatch(a -> a.name().equals(added.name())), "attribute exists");
            attributeTypeExists(added);
            attributes.add(added);
        }
        for (CompositeType.Attribute altered : c.altered()) {
            int at = attributes.stream().map(CompositeType.Attribute::name).toList().indexOf(altered.name());
            require(at >= 0, "no attribute " + altered.name());
            attributeTypeExists(altered);
            attributes.set(at, altered);
        }
        s.compositeTypes.put(name, new CompositeType(type.schema(), type.name(), attributes, c.to().comment()));
        return null;
    }

    private void attributeTypeExists(CompositeType.Attribute attribute) {
        String type = CompositeTypeDiff.plain(attribute.type());
        require(!knownEnums.contains(type) || s.enums.containsKey(type), "type " + type + " is missing");
        require(!knownCompositeTypes.contains(type) || s.compositeTypes.containsKey(type), "type " + type + " is missing");
        require(!knownRangeTypes.contains(type) || s.rangeTypes.containsKey(type), "type " + type + " is missing");
    }

    /** As PostgreSQL: after its subtype and the functions it names; the functions must be the schema's. */
    @Override
    public Void visit(Change.CreateRangeType c) {
        RangeType type = c.type();
        require(s.schemas.contains(type.schema()), "no schema");
        String subtype = CompositeTypeDiff.plain(type.subtype());
        require(!knownEnums.contains(subtype) || s.enums.containsKey(subtype), "type " + subtype + " is missing");
        RangeTypeDiff.routines(type).stream().filter(f -> !f.startsWith("pg_catalog.")).forEach(f -> require(
                s.routines.keySet().stream().anyMatch(k -> k.startsWith(f + "(")), "routine " + f + " is missing"));
        require(s.rangeTypes.put(Names.qualify(type.schema(), type.name()), type) == null, "range type exists");
        return null;
    }

    @Override
    public Void visit(Change.DropRangeType c) {
        String name = Names.qualify(c.type().schema(), c.type().name());
        noColumnUses(name);
        require(noAttributeUses(name), "a composite type uses the type");
        require(s.rangeTypes.remove(name) != null, "no range type");
        return null;
    }

    @Override
    public Void visit(Change.AlterRangeType c) {
        require(s.rangeTypes.replace(Names.qualify(c.to().schema(), c.to().name()), c.to()) != null, "no range type");
        return null;
    }

    private void noColumnUses(String type) {
        for (ReplayState.TableState t : s.tables.values()) {
            t.columns.values().forEach(col -> require(!type.equals(col.type().name().contains(".") ? col.type().name()
                    : Names.qualify(t.schema, col.type().name())), "column " + col.name() + " uses the type"));
        }
    }

    private boolean noAttributeUses(String type) {
        return s.compositeTypes.values().stream().flatMap(t -> t.attributes().stream())
                .noneMatch(a -> CompositeTypeDiff.plain(a.type()).equals(type));
    }

    @Override
    public Void visit(Change.CreateDomain c) {
        require(s.schemas.contains(c.domain().schema()), "no schema");
        return null;
    }

    @Override
    public Void visit(Change.DropDomain c) {
        String name = Names.qualify(c.domain().schema(), c.domain().name());
        for (ReplayState.TableState t : s.tables.values()) {
            t.columns.values().forEach(col -> require(!col.type().name().equals(name),
                    "column " + col.name() + " uses the domain"));
        }
        return null;
    }

    @Override
    public Void visit(Change.AlterDomain c) {
        return null;
    }

    @Override
    public Void visit(Change.CreateSequence c) {
        require(s.sequences.put(Names.qualify(c.sequence().schema(), c.sequence().name()), c.sequence()) == null,
                "sequence exists");
        ownerExists(c.sequence());
        return null;
    }

    private void ownerExists(Sequence q) {
        if (q.ownedBy() != null) {
            String[] owner = Hints.split(q.ownedBy());
            require(table(q.schema(), owner[0]).columns.containsKey(owner[1]), "no owner column");
        }
    }

    @Override
    public Void visit(Change.DropSequence c) {
        require(s.sequences.remove(Names.qualify(c.sequence().schema(), c.sequence().name())) != null, "no sequence");
        return null;
    }

    @Override
    public Void visit(Change.AlterSequence c) {
        require(s.sequences.replace(Names.qualify(c.to().schema(), c.to().name()), c.to()) != null, "no sequence");
        ownerExists(c.to());
        return null;
    }

    @Override
    public Void visit(Change.CreateTable c) {
        require(s.schemas.contains(c.table().schema()), "no schema");
        require(c.table().foreignKeys().isEmpty(), "created with foreign keys");
        ReplayState.TableState t = ReplayState.TableState.of(c.table());
        require(t.parent == null || s.tables.containsKey(t.parent), "no parent");
        c.table().columns().forEach(col -> typeExists(c.table().schema(), col));
        require(s.tables.put(t.qualifiedName(), t) == null, "table exists");
        return null;
    }

    @Override
    public Void visit(Change.DropTable c) {
        String name = c.table().qualifiedName();
        require(s.tables.containsKey(name), "no table");
        noViewReads(name);
        for (ReplayState.TableState t : s.tables.values()) {
            if (!t.qualifiedName().equals(name) && !name.equals(t.parent)) {
                t.foreignKeys.values().forEach(f -> require(!Names.qualify(f.refSchema(), f.refTable()).equals(name),
                        "foreign key " + f.name() + " references it"));
            }
        }
        dropTable(name);
        return null;
    }

    @Override
    public Void visit(Change.RenameTable c) {
        String old = Names.qualify(c.schema(), c.from());
        String renamed = Names.qualify(c.schema(), c.to());
        ReplayState.TableState t = table(c.schema(), c.from());
        noViewReads(old);
        noStatisticsUse(old, null);
        require(!s.tables.containsKey(renamed), "target exists");
        s.tables.remove(old);
        t.name = c.to();
        s.tables.put(renamed, t);
        for (ReplayState.TableState other : s.tables.values()) {
            other.foreignKeys.replaceAll((n, f) -> Names.qualify(f.refSchema(), f.refTable()).equals(old)
                    ? new ForeignKey(f.name(), f.columns(), f.refSchema(), c.to(), f.refColumns(), f.onDelete(),
                    f.onUpdate(), f.deferrable(), f.initiallyDeferred()) : f);
        }
        s.sequences.replaceAll((n, q) -> q.ownedBy() != null && Objects.equals(q.schema(), c.schema())
                && Hints.split(q.ownedBy())[0].equals(c.from())
                ? owned(q, c.to() + "." + Hints.split(q.ownedBy())[1]) : q);
        return null;
    }

    private static Sequence owned(Sequence q, String owner) {
        return new Sequence(q.schema(), q.name(), q.dataType(), q.start(), q.increment(), q.min(), q.max(), q.cycle(),
                owner);
    }

    @Override
    public Void visit(Change.AddColumn c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        typeExists(c.schema(), c.column());
        require(t.columns.put(c.column().name(), c.column()) == null, "column exists");
        return null;
    }

    @Override
    public Void visit(Change.DropColumn c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        String col = c.column().name();
        require(t.columns.containsKey(col), "no column");
        noViewReads(t.qualifiedName());
        require(!keyUses(t.qualifiedName(), col), "a foreign key uses the column");
        require(t.primaryKey == null || !t.primaryKey.contains(col), "the primary key uses the column");
        require(t.uniques.values().stream().noneMatch(u -> u.contains(col)), "a unique constraint uses the column");
        require(t.indexes.values().stream().noneMatch(i -> i.keys().stream().anyMatch(k -> col.equals(k.column()))),
                "an index uses the column");
        noStatisticsUse(t.qualifiedName(), col);
        t.columns.remove(col);
        s.sequences.values().removeIf(q -> Objects.equals(q.ownedBy(), c.table() + "." + col)
                && Objects.equals(q.schema(), c.schema()));
        return null;
    }

    @Override
    public Void visit(Change.RenameColumn c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        require(t.columns.containsKey(c.from()) && !t.columns.containsKey(c.to()), "no column or target exists");
        noViewReads(t.qualifiedName());
        noStatisticsUse(t.qualifiedName(), c.from());
        List<Column> columns = new ArrayList<>(t.columns.values());
        t.columns.clear();
        for (Column col : columns) {
            Column kept = col.name().equals(c.from()) ? new Column(c.to(), col.type(), col.nullable(),
                    col.defaultExpression(), col.identity(), col.generated(), col.collation(), col.comment()) : col;
            t.columns.put(kept.name(), kept);
        }
        ColumnRename.apply(s, t, c.from(), c.to());
        return null;
    }

    @Override
    public Void visit(Change.AlterColumn c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        Column old = t.columns.get(c.to().name());
        require(old != null, "no column");
        noViewReads(t.qualifiedName());
        typeExists(c.schema(), c.to());
        if (!old.type().display().toLowerCase(Locale.ROOT).equals(c.to().type().display().toLowerCase(Locale.ROOT))) {
            require(!keyUses(t.qualifiedName(), old.name()), "a foreign key uses the column");
        }
        t.columns.put(c.to().name(), new Column(c.to().name(), c.to().type(), c.to().nullable(),
                c.to().defaultExpression(), c.to().identity(), c.to().generated(), c.to().collation(), old.comment()));
        return null;
    }

    private void columnsExist(ReplayState.TableState t, List<String> columns) {
        require(t.columns.keySet().containsAll(columns), "missing columns " + columns);
    }

    @Override
    public Void visit(Change.AddPrimaryKey c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        require(t.primaryKey == null, "primary key exists");
        columnsExist(t, c.primaryKey().columns());
        t.primaryKey = c.primaryKey().columns();
        return null;
    }

    @Override
    public Void visit(Change.DropPrimaryKey c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        require(t.primaryKey != null, "no primary key");
        noForeignKeyReferences(t.qualifiedName(), t.primaryKey);
        t.primaryKey = null;
        return null;
    }

    @Override
    public Void visit(Change.AddUnique c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        columnsExist(t, c.unique().columns());
        require(t.uniques.put(c.unique().name(), c.unique().columns()) == null, "unique exists");
        return null;
    }

    @Override
    public Void visit(Change.DropUnique c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        List<String> columns = t.uniques.remove(c.unique().name());
        require(columns != null, "no unique");
        noForeignKeyReferences(t.qualifiedName(), columns);
        return null;
    }

    @Override
    public Void visit(Change.AddForeignKey c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        ForeignKey f = c.foreignKey();
        columnsExist(t, f.columns());
        columnsExist(table(f.refSchema(), f.refTable()), f.refColumns());
        require(t.foreignKeys.put(f.name(), f) == null, "foreign key exists");
        return null;
    }

    @Override
    public Void visit(Change.DropForeignKey c) {
        require(table(c.schema(), c.table()).foreignKeys.remove(c.foreignKey().name()) != null, "no foreign key");
        return null;
    }

    @Override
    public Void visit(Change.AddCheck c) {
        require(table(c.schema(), c.table()).checks.put(c.check().name(), c.check().expression().trim()) == null,
                "check exists");
        return null;
    }

    @Override
    public Void visit(Change.DropCheck c) {
        require(table(c.schema(), c.table()).checks.remove(c.check().name()) != null, "no check");
        return null;
    }

    @Override
    public Void visit(Change.AddExclusion c) {
        table(c.schema(), c.table());
        return null;
    }

    @Override
    public Void visit(Change.DropExclusion c) {
        table(c.schema(), c.table());
        return null;
    }

    @Override
    public Void visit(Change.CreateIndex c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        columnsExist(t, c.index().keys().stream().map(Index.Key::column).filter(Objects::nonNull).toList());
        require(t.indexes.put(c.index().name(), c.index()) == null, "index exists");
        return null;
    }

    @Override
    public Void visit(Change.NamePartitionIndex c) {
        table(c.index().schema(), c.index().partition());
        return null;
    }

    @Override
    public Void visit(Change.DropIndex c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        Index index = t.indexes.remove(c.index().name());
        require(index != null, "no index");
        if (index.unique()) {
            noForeignKeyReferences(t.qualifiedName(), index.keys().stream().map(Index.Key::column).toList());
        }
        return null;
    }

    @Override
    public Void visit(Change.CreateView c) {
        View v = c.view();
        for (String dependency : v.dependsOn()) {
            if (knownRelations.contains(dependency)) {
                require(s.tables.containsKey(dependency) || s.views.containsKey(dependency), "no " + dependency);
            }
        }
        require(s.views.put(Names.qualify(v.schema(), v.name()), v) == null, "view exists");
        return null;
    }

    @Override
    public Void visit(Change.DropView c) {
        String name = Names.qualify(c.view().schema(), c.view().name());
        noViewReads(name);
        require(s.views.remove(name) != null, "no view");
        s.statistics.values().removeIf(x -> Names.qualify(x.tableSchema(), x.table()).equals(name));
        return null;
    }

    @Override
    public Void visit(Change.CreateRoutine c) {
        require(s.routines.put(Names.qualify(c.routine().schema(), c.routine().signature()),
                c.routine().definition()) == null, "routine exists");
        return null;
    }

    @Override
    public Void visit(Change.DropRoutine c) {
        String name = c.routine().name().toLowerCase(Locale.ROOT);
        require(s.rangeTypes.values().stream().flatMap(r -> RangeTypeDiff.routines(r).stream())
                .noneMatch(f -> f.equals(Names.qualify(c.routine().schema(), c.routine().name()))), "a range type calls it");
        require(s.triggers.values().stream().noneMatch(d -> d != null && d.toLowerCase(Locale.ROOT).contains(name)),
                "a trigger calls it");
        require(s.routines.remove(Names.qualify(c.routine().schema(), c.routine().signature())) != null, "no routine");
        return null;
    }

    @Override
    public Void visit(Change.CreateTrigger c) {
        table(c.trigger().schema(), c.trigger().table());
        require(s.triggers.put(ReplayState.triggerKey(c.trigger().schema(), c.trigger().table(), c.trigger().name()),
                c.trigger().definition()) == null, "trigger exists");
        return null;
    }

    @Override
    public Void visit(Change.DropTrigger c) {
        require(s.triggers.remove(ReplayState.triggerKey(c.trigger().schema(), c.trigger().table(),
                c.trigger().name())) != null, "no trigger");
        return null;
    }

    @Override
    public Void visit(Change.SetTableComment c) {
        table(c.schema(), c.table()).comment = c.comment();
        return null;
    }

    @Override
    public Void visit(Change.SetColumnComment c) {
        ReplayState.TableState t = table(c.schema(), c.table());
        Column col = t.columns.get(c.column());
        require(col != null, "no column");
        t.columns.put(col.name(), new Column(col.name(), col.type(), col.nullable(), col.defaultExpression(),
                col.identity(), col.generated(), col.collation(), c.comment()));
        return null;
    }

    @Override
    public Void visit(Change.SetObjectComment c) {
        return null;
    }

    @Override
    public Void visit(Change.SetRowSecurity c) {
        table(c.schema(), c.table());
        return null;
    }

    @Override
    public Void visit(Change.CreatePolicy c) {
        table(c.policy().schema(), c.policy().table());
        return null;
    }

    @Override
    public Void visit(Change.DropPolicy c) {
        table(c.policy().schema(), c.policy().table());
        return null;
    }

    /**
     * As PostgreSQL: on an existing table, over columns it has (only plain column names are checked), or
     * on a materialized view.
     */
    @Override
    public Void visit(Change.CreateStatistics c) {
        ExtendedStatistics x = c.statistics();
        String on = Names.qualify(x.tableSchema(), x.table());
        if (s.views.containsKey(on)) {
            require(s.views.get(on).materialized(), "not a materialized view");
        } else {
            ReplayState.TableState t = table(x.tableSchema(), x.table());
            statisticsColumns(x).forEach(col -> require(t.columns.containsKey(col), "no column " + col));
        }
        require(s.statistics.put(Names.qualify(x.schema(), x.name()), x) == null, "statistics exist");
        return null;
    }

    @Override
    public Void visit(Change.DropStatistics c) {
        require(s.statistics.remove(Names.qualify(c.statistics().schema(), c.statistics().name())) != null,
                "no statistics");
        return null;
    }

    @Override
    public Void visit(Change.AlterStatistics c) {
        require(s.statistics.replace(Names.qualify(c.to().schema(), c.to().name()), c.to()) != null, "no statistics");
        return null;
    }

    private static List<String> statisticsColumns(ExtendedStatistics x) {
        return Arrays.stream(x.on().split(",\\s*")).filter(part -> part.matches("[a-z_][a-z0-9_]*")).toList();
    }

    /**
     * Stricter than PostgreSQL, which drops or renames them along: no extended statistics object may
     * name a column that goes or is renamed, nor a table that is renamed.
     */
    private void noStatisticsUse(String table, String column) {
        require(s.statistics.values().stream().noneMatch(x -> Names.qualify(x.tableSchema(), x.table()).equals(table)
                && (column == null || statisticsColumns(x).contains(column))), "extended statistics use " + table
                + (column == null ? "" : "." + column));
    }
}
