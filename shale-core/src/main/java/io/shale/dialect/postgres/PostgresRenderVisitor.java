package io.shale.dialect.postgres;

import io.shale.dialect.RenderSupport;
import io.shale.dialect.StandardRenderVisitor;
import io.shale.schema.Catalog;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.ObjectComment;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Routine;
import io.shale.schema.Table;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.View;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change to its PostgreSQL statements; made per render, as it reads both catalogs. Standard SQL
 * but for extensions, enum types, collations, composite and range types, domains, extended statistics, exclusion
 * constraints, sequences, materialized views and what {@code DROP} of a routine or trigger needs.
 */
final class PostgresRenderVisitor extends StandardRenderVisitor {
    private static final Pattern ROUTINE_KIND = Pattern.compile(
            "^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(FUNCTION|PROCEDURE|AGGREGATE)\\b", Pattern.CASE_INSENSITIVE);

    private final Catalog from;
    private final Catalog to;

    PostgresRenderVisitor(Catalog from, Catalog to) {
        super("PostgreSQL", PostgresRenderTables.SQL);
        this.from = from;
        this.to = to;
    }

    @Override
    protected String column(Column column) {
        return PostgresRenderTables.column(column);
    }

    @Override
    protected String foreignKey(String schema, ForeignKey key) {
        return PostgresRenderTables.foreignKey(key);
    }

    @Override
    protected String primaryKey(PrimaryKey key) {
        return PostgresRenderConstraints.primaryKey(key);
    }

    @Override
    protected String unique(UniqueConstraint unique) {
        return PostgresRenderConstraints.unique(unique);
    }

    @Override
    protected String check(CheckConstraint check) {
        return PostgresRenderConstraints.check(check);
    }

    @Override
    protected String createIndex(String schema, String table, Index index) {
        return PostgresRenderTables.createIndex(schema, table, index);
    }

    @Override
    public List<String> visit(Change.CreateExtension change) {
        String schema = change.extension().schema();
        return List.of("CREATE EXTENSION IF NOT EXISTS " + ident(change.extension().name())
                + (schema == null ? "" : " WITH SCHEMA " + ident(schema)));
    }

    @Override
    public List<String> visit(Change.DropExtension change) {
        return List.of("DROP EXTENSION " + ident(change.extension().name()));
    }

    @Override
    public List<String> visit(Change.CreateEnum change) {
        return List.of(PostgresRenderTypes.createEnum(change.enumType()));
    }

    @Override
    public List<String> visit(Change.DropEnum change) {
        return List.of(PostgresRenderTypes.dropEnum(change.enumType()));
    }

    @Override
    public List<String> visit(Change.AddEnumValue change) {
        return List.of(PostgresRenderTypes.addEnumValue(change));
    }

    @Override
    public List<String> visit(Change.RecreateEnum change) {
        return PostgresRenderTypes.recreateEnum(change, from, to);
    }

    @Override
    public List<String> visit(Change.NamePartitionIndex change) {
        return PostgresRenderPartitionIndexes.name(change);
    }

    @Override
    public List<String> visit(Change.CreateCollation change) {
        return PostgresRenderCollations.create(change.collation());
    }

    @Override
    public List<String> visit(Change.DropCollation change) {
        return List.of(PostgresRenderCollations.drop(change.collation()));
    }

    @Override
    public List<String> visit(Change.AlterCollation change) {
        return PostgresRenderCollations.alter(change.from(), change.to());
    }

    @Override
    public List<String> visit(Change.CreateCompositeType change) {
        return PostgresRenderCompositeTypes.create(change.type());
    }

    @Override
    public List<String> visit(Change.DropCompositeType change) {
        return List.of(PostgresRenderCompositeTypes.drop(change.type()));
    }

    @Override
    public List<String> visit(Change.AlterCompositeType change) {
        return PostgresRenderCompositeTypes.alter(change);
    }

    @Override
    public List<String> visit(Change.CreateRangeType change) {
        return PostgresRenderRangeTypes.create(change.type());
    }

    @Override
    public List<String> visit(Change.DropRangeType change) {
        return List.of(PostgresRenderRangeTypes.drop(change.type()));
    }

    @Override
    public List<String> visit(Change.AlterRangeType change) {
        return List.of(PostgresRenderRangeTypes.comment(change.to()));
    }

    @Override
    public List<String> visit(Change.CreateDomain change) {
        return PostgresRenderDomains.create(change.domain());
    }

    @Override
    public List<String> visit(Change.DropDomain change) {
        return List.of(PostgresRenderDomains.drop(change.domain()));
    }

    @Override
    public List<String> visit(Change.AlterDomain change) {
        return PostgresRenderDomains.alter(change.from(), change.to());
    }

    @Override
    public List<String> visit(Change.CreateSequence change) {
        return List.of(PostgresRenderTypes.createSequence(change.sequence()));
    }

    @Override
    public List<String> visit(Change.DropSequence change) {
        return List.of(PostgresRenderTypes.dropSequence(change.sequence()));
    }

    @Override
    public List<String> visit(Change.AlterSequence change) {
        return List.of(PostgresRenderTypes.alterSequence(change.from(), change.to()));
    }

    @Override
    public List<String> visit(Change.CreateTable change) {
        List<String> statements = new ArrayList<>(PostgresRenderTables.create(change.table()));
        statements.addAll(PostgresRenderPolicies.forNewTable(change.table()));
        return statements;
    }

    @Override
    public List<String> visit(Change.SetRowSecurity change) {
        Table before = from.table(change.schema(), change.table()).orElse(null);
        List<String> statements = new ArrayList<>();
        if (before == null || before.rowSecurity() != change.enabled()) {
            statements.add(PostgresRenderPolicies.enable(change.schema(), change.table(), change.enabled()));
        }
        if (before == null || before.forceRowSecurity() != change.forced()) {
            statements.add(PostgresRenderPolicies.force(change.schema(), change.table(), change.forced()));
        }
        return statements;
    }

    @Override
    public List<String> visit(Change.CreatePolicy change) {
        return List.of(PostgresRenderPolicies.create(change.policy()));
    }

    @Override
    public List<String> visit(Change.DropPolicy change) {
        return List.of(PostgresRenderPolicies.drop(change.policy()));
    }

    @Override
    public List<String> visit(Change.CreateStatistics change) {
        return PostgresRenderStatistics.create(change.statistics());
    }

    @Override
    public List<String> visit(Change.DropStatistics change) {
        return List.of(PostgresRenderStatistics.drop(change.statistics()));
    }

    @Override
    public List<String> visit(Change.AlterStatistics change) {
        return PostgresRenderStatistics.alter(change);
    }

    @Override
    public List<String> visit(Change.AlterColumn change) {
        if (isPartition(to, change.schema(), change.table())) {
            return List.of();
        }
        return PostgresRenderColumns.alter(change.schema(), change.table(), change.from(), change.to());
    }

    /**
     * A partition's columns are its parent's: the parent's {@code ADD}, {@code DROP}, {@code RENAME} and
     * {@code ALTER COLUMN} reach every partition, and PostgreSQL refuses them on the partition itself.
     * Only a comment, which is the partition's own, is written for it.
     */
    @Override
    public List<String> visit(Change.AddColumn change) {
        if (!isPartition(to, change.schema(), change.table())) {
            return super.visit(change);
        }
        return change.column().comment() == null ? List.of()
                : List.of(PostgresRenderTables.SQL.columnComment(change.schema(), change.table(),
                        change.column().name(), change.column().comment()));
    }

    @Override
    public List<String> visit(Change.DropColumn change) {
        return isPartition(from, change.schema(), change.table()) ? List.of() : super.visit(change);
    }

    @Override
    public List<String> visit(Change.RenameColumn change) {
        return isPartition(from, change.schema(), change.table()) ? List.of() : super.visit(change);
    }

    private static boolean isPartition(Catalog catalog, String schema, String table) {
        return catalog.table(schema, table).map(t -> t.partitionOf() != null).orElse(false);
    }

    @Override
    public List<String> visit(Change.AddExclusion change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD "
                + PostgresRenderTables.exclusion(change.exclusion()));
    }

    @Override
    public List<String> visit(Change.DropExclusion change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.exclusion().name()));
    }

    @Override
    public List<String> visit(Change.CreateView change) {
        View view = change.view();
        List<String> statements = new ArrayList<>();
        statements.add("CREATE " + viewKind(view) + " " + qualified(view.schema(), view.name()) + " AS\n"
                + RenderSupport.statement(view.definition()));
        if (view.comment() != null) {
            statements.add("COMMENT ON " + viewKind(view) + " " + qualified(view.schema(), view.name()) + " IS "
                    + RenderSupport.literal(view.comment()));
        }
        view.indexes().forEach(index -> statements.add(createIndex(view.schema(), view.name(), index)));
        return statements;
    }

    @Override
    public List<String> visit(Change.DropView change) {
        return List.of("DROP " + viewKind(change.view()) + " " + qualified(change.view().schema(), change.view().name()));
    }

    private static String viewKind(View view) {
        return view.materialized() ? "MATERIALIZED VIEW" : "VIEW";
    }

    /** {@code DROP FUNCTION|PROCEDURE|AGGREGATE schema.signature}, the kind read from the definition. */
    @Override
    public List<String> visit(Change.DropRoutine change) {
        Routine routine = change.routine();
        Matcher kind = ROUTINE_KIND.matcher(routine.definition());
        String keyword = kind.find() ? kind.group(1).toUpperCase(Locale.ROOT) : "FUNCTION";
        String schema = routine.schema() == null ? "" : ident(routine.schema()) + ".";
        return List.of("DROP " + keyword + " " + schema + routine.signature());
    }

    @Override
    public List<String> visit(Change.DropTrigger change) {
        return List.of("DROP TRIGGER " + ident(change.trigger().name()) + " ON "
                + qualified(change.trigger().schema(), change.trigger().table()));
    }

    /** {@code COMMENT ON INDEX schema.name} or {@code COMMENT ON CONSTRAINT name ON schema.table}. */
    @Override
    public List<String> visit(Change.SetObjectComment change) {
        ObjectComment target = change.target();
        String object = target.kind() == ObjectComment.Kind.INDEX ? "INDEX " + qualified(target.schema(), target.name())
                : "CONSTRAINT " + ident(target.name()) + " ON " + qualified(target.schema(), target.table());
        return List.of("COMMENT ON " + object + " IS "
                + (change.comment() == null ? "NULL" : RenderSupport.literal(change.comment())));
    }
}
