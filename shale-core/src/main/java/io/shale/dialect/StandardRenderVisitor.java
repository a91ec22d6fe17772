package io.shale.dialect;

import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.View;
import io.shale.schema.change.Change;
import io.shale.schema.change.ChangeVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * One change to its statements in standard SQL ({@code ALTER TABLE t ADD ...}, {@code DROP CONSTRAINT},
 * {@code COMMENT ON}, definitions the engine printed taken as they are). An engine's visitor extends
 * this, supplies its names and definitions through the abstract methods, and overrides only the
 * changes its SQL writes differently. Names and constraints come from the engine's
 * {@link StandardTableSql} unless overridden. The engine always writes {@code CREATE TABLE},
 * {@code ALTER COLUMN} and {@code DROP} of a routine itself, as no two engines agree on them.
 *
 * <p>Objects standard SQL has no statement for (extensions, enum types, sequences) are refused
 * with {@link RenderSupport#unsupported} unless the engine overrides them; the reasons are hooks.
 */
public abstract class StandardRenderVisitor implements ChangeVisitor<List<String>> {
    private final String engine;
    private final StandardTableSql sql;

    /**
     * @param engine the engine's name for messages about changes it cannot have
     * @param sql    names and constraints in the engine's quoting
     */
    protected StandardRenderVisitor(String engine, StandardTableSql sql) {
        this.engine = engine;
        this.sql = sql;
    }

    /** An identifier, quoted where the engine needs it. */
    protected String ident(String name) {
        return sql.ident(name);
    }

    /** {@code schema.name}, as the engine's {@link StandardTableSql} qualifies names. */
    protected String qualified(String schema, String name) {
        return sql.qualified(schema, name);
    }

    /** A column definition as {@code ADD COLUMN} takes it. */
    protected abstract String column(Column column);

    /** A primary key as {@code ADD} takes it. */
    protected String primaryKey(PrimaryKey key) {
        return sql.primaryKey(key);
    }

    /** A unique constraint as {@code ADD} takes it. */
    protected String unique(UniqueConstraint unique) {
        return sql.unique(unique);
    }

    /** A foreign key of a table in {@code schema}, as {@code ADD} takes it. */
    protected String foreignKey(String schema, ForeignKey key) {
        return sql.foreignKey(key);
    }

    /** A check constraint as {@code ADD} takes it. */
    protected String check(CheckConstraint check) {
        return sql.check(check);
    }

    /** The statement creating an index on an existing table. */
    protected abstract String createIndex(String schema, String table, Index index);

    /** Why the engine has no extensions. */
    protected String noExtensions() {
        return "there are no extensions";
    }

    /** Why the engine has no enum types of their own. */
    protected String noEnumTypes() {
        return "there are no enum types";
    }

    /** Why the engine has no collations of its own making (that Shale models). */
    protected String noCollations() {
        return "there are no user-defined collations";
    }

    /** Why the engine has no composite types (that Shale models). */
    protected String noCompositeTypes() {
        return "there are no composite types";
    }

    /** Why the engine has no domains (that Shale models). */
    protected String noDomains() {
        return "there are no domains";
    }

    /** Why the engine has no sequences (of its own, or that Shale models). */
    protected String noSequences() {
        return "there are no sequences";
    }

    /**
     * Whether comments are statements of their own ({@code COMMENT ON}); false where they are part
     * of the definition or do not exist, so a new column or view carries none.
     */
    protected boolean separateComments() {
        return true;
    }

    /** The failure for a change this engine cannot have. */
    protected final IllegalArgumentException unsupported(Change change, String reason) {
        return RenderSupport.unsupported(engine, change, reason);
    }

    /** {@code ALTER TABLE name }, ready for the action. */
    protected String alterTable(String schema, String table) {
        return "ALTER TABLE " + qualified(schema, table) + " ";
    }

    protected String dropConstraint(String schema, String table, String name) {
        return alterTable(schema, table) + "DROP CONSTRAINT " + ident(name);
    }


    @Override
    public List<String> visit(Change.CreateSchema change) {
        return List.of("CREATE SCHEMA " + ident(change.name()));
    }

    @Override
    public List<String> visit(Change.DropSchema change) {
        return List.of("DROP SCHEMA " + ident(change.name()));
    }

    @Override
    public List<String> visit(Change.CreateExtension change) {
        throw unsupported(change, noExtensions());
    }

    @Override
    public List<String> visit(Change.DropExtension change) {
        throw unsupported(change, noExtensions());
    }

    @Override
    public List<String> visit(Change.CreateEnum change) {
        throw unsupported(change, noEnumTypes());
    }

    @Override
    public List<String> visit(Change.DropEnum change) {
        throw unsupported(change, noEnumTypes());
    }

    @Override
    public List<String> visit(Change.AddEnumValue change) {
        throw unsupported(change, noEnumTypes());
    }

    @Override
    public List<String> visit(Change.RecreateEnum change) {
        throw unsupported(change, noEnumTypes());
    }

    @Override
    public List<String> visit(Change.CreateCollation change) {
        throw unsupported(change, noCollations());
    }

    @Override
    public List<String> visit(Change.DropCollation change) {
        throw unsupported(change, noCollations());
    }

    @Override
    public List<String> visit(Change.AlterCollation change) {
        throw unsupported(change, noCollations());
    }

    @Override
    public List<String> visit(Change.CreateCompositeType change) {
        throw unsupported(change, noCompositeTypes());
    }

    @Override
    public List<String> visit(Change.DropCompositeType change) {
        throw unsupported(change, noCompositeTypes());
    }

    @Override
    public List<String> visit(Change.AlterCompositeType change) {
        throw unsupported(change, noCompositeTypes());
    }

    @Override
    public List<String> visit(Change.CreateRangeType change) {
        throw unsupported(change, "there are no range types");
    }

    @Override
    public List<String> visit(Change.DropRangeType change) {
        throw unsupported(change, "there are no range types");
    }

    @Override
    public List<String> visit(Change.AlterRangeType change) {
        throw unsupported(change, "there are no range types");
    }

    @Override
    public List<String> visit(Change.CreateDomain change) {
        throw unsupported(change, noDomains());
    }

    @Override
    public List<String> visit(Change.DropDomain change) {
        throw unsupported(change, noDomains());
    }

    @Override
    public List<String> visit(Change.AlterDomain change) {
        throw unsupported(change, noDomains());
    }

    @Override
    public List<String> visit(Change.CreateSequence change) {
        throw unsupported(change, noSequences());
    }

    @Override
    public List<String> visit(Change.DropSequence change) {
        throw unsupported(change, noSequences());
    }

    @Override
    public List<String> visit(Change.AlterSequence change) {
        throw unsupported(change, noSequences());
    }

    @Override
    public List<String> visit(Change.DropTable change) {
        return List.of("DROP TABLE " + qualified(change.table().schema(), change.table().name()));
    }

    @Override
    public List<String> visit(Change.RenameTable change) {
        return List.of(alterTable(change.schema(), change.from()) + "RENAME TO " + ident(change.to()));
    }

    /** {@code ADD COLUMN}, then the column's comment where comments are statements of their own. */
    @Override
    public List<String> visit(Change.AddColumn change) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(change.schema(), change.table()) + "ADD COLUMN " + column(change.column()));
        if (separateComments() && change.column().comment() != null) {
            statements.add(sql.columnComment(change.schema(), change.table(), change.column().name(),
                    change.column().comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(Change.DropColumn change) {
        return List.of(alterTable(change.schema(), change.table()) + "DROP COLUMN " + ident(change.column().name()));
    }

    @Override
    public List<String> visit(Change.RenameColumn change) {
        return List.of(alterTable(change.schema(), change.table()) + "RENAME COLUMN " + ident(change.from())
                + " TO " + ident(change.to()));
    }

    @Override
    public List<String> visit(Change.AddPrimaryKey change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD " + primaryKey(change.primaryKey()));
    }

    /** By name where the key has one, else {@code DROP PRIMARY KEY}. */
    @Override
    public List<String> visit(Change.DropPrimaryKey change) {
        String name = change.primaryKey().name();
        return List.of(name == null ? alterTable(change.schema(), change.table()) + "DROP PRIMARY KEY"
                : dropConstraint(change.schema(), change.table(), name));
    }

    @Override
    public List<String> visit(Change.AddUnique change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD " + unique(change.unique()));
    }

    @Override
    public List<String> visit(Change.DropUnique change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.unique().name()));
    }

    @Override
    public List<String> visit(Change.AddForeignKey change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD "
                + foreignKey(change.schema(), change.foreignKey()));
    }

    @Override
    public List<String> visit(Change.DropForeignKey change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.foreignKey().name()));
    }

    @Override
    public List<String> visit(Change.AddCheck change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD " + check(change.check()));
    }

    @Override
    public List<String> visit(Change.DropCheck change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.check().name()));
    }

    @Override
    public List<String> visit(Change.AddExclusion change) {
        throw unsupported(change, "there are no exclusion constraints");
    }

    @Override
    public List<String> visit(Change.DropExclusion change) {
        throw unsupported(change, "there are no exclusion constraints");
    }

    @Override
    public List<String> visit(Change.CreateIndex change) {
        return List.of(createIndex(change.schema(), change.table(), change.index()));
    }

    @Override
    public List<String> visit(Change.DropIndex change) {
        return List.of("DROP INDEX " + qualified(change.schema(), change.index().name()));
    }

    @Override
    public List<String> visit(Change.NamePartitionIndex change) {
        throw unsupported(change, "there are no partitions' shares of their parents' indexes (that Shale models)");
    }

    /** A plain view from its printed definition, then its comment; materialized views are refused. */
    @Override
    public List<String> visit(Change.CreateView change) {
        View view = change.view();
        if (view.materialized()) {
            throw unsupported(change, "there are no materialized views");
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE VIEW " + qualified(view.schema(), view.name()) + " AS\n"
                + RenderSupport.statement(view.definition()));
        if (separateComments() && view.comment() != null) {
            statements.add("COMMENT ON VIEW " + qualified(view.schema(), view.name()) + " IS "
                    + RenderSupport.literal(view.comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(Change.DropView change) {
        return List.of("DROP VIEW " + qualified(change.view().schema(), change.view().name()));
    }

    @Override
    public List<String> visit(Change.CreateRoutine change) {
        return List.of(RenderSupport.statement(change.routine().definition()));
    }

    @Override
    public List<String> visit(Change.CreateTrigger change) {
        return List.of(RenderSupport.statement(change.trigger().definition()));
    }

    @Override
    public List<String> visit(Change.DropTrigger change) {
        return List.of("DROP TRIGGER " + qualified(change.trigger().schema(), change.trigger().name()));
    }

    @Override
    public List<String> visit(Change.SetTableComment change) {
        return List.of(sql.tableComment(change.schema(), change.table(), change.comment()));
    }

    @Override
    public List<String> visit(Change.SetColumnComment change) {
        return List.of(sql.columnComment(change.schema(), change.table(), change.column(), change.comment()));
    }

    @Override
    public List<String> visit(Change.SetObjectComment change) {
        throw unsupported(change, "comments on indexes and constraints are not modelled");
    }

    @Override
    public List<String> visit(Change.SetRowSecurity change) {
        throw unsupported(change, "there is no row-level security");
    }

    @Override
    public List<String> visit(Change.CreatePolicy change) {
        throw unsupported(change, "there is no row-level security");
    }

    @Override
    public List<String> visit(Change.DropPolicy change) {
        throw unsupported(change, "there is no row-level security");
    }

    @Override
    public List<String> visit(Change.CreateStatistics change) {
        throw unsupported(change, "there are no extended statistics objects");
    }

    @Override
    public List<String> visit(Change.DropStatistics change) {
        throw unsupported(change, "there are no extended statistics objects");
    }

    @Override
    public List<String> visit(Change.AlterStatistics change) {
        throw unsupported(change, "there are no extended statistics objects");
    }
}
