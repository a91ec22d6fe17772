package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.ident;
import static io.shale.dialect.postgres.PostgresRenderNames.qualified;
import static io.shale.dialect.postgres.PostgresRenderTables.alterTable;

import io.shale.dialect.RenderSupport;
import io.shale.schema.Catalog;
import io.shale.schema.Routine;
import io.shale.schema.View;
import io.shale.schema.change.Change;
import io.shale.schema.change.ChangeVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One change to its PostgreSQL statements; made per render, as it reads both catalogs. */
final class PostgresRenderVisitor implements ChangeVisitor<List<String>> {
    private static final Pattern ROUTINE_KIND = Pattern.compile(
            "^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(FUNCTION|PROCEDURE|AGGREGATE)\\b", Pattern.CASE_INSENSITIVE);

    private final Catalog from;
    private final Catalog to;

    PostgresRenderVisitor(Catalog from, Catalog to) {
        this.from = from;
        this.to = to;
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
        return PostgresRenderTables.create(change.table());
    }

    @Override
    public List<String> visit(Change.DropTable change) {
        return List.of("DROP TABLE " + qualified(change.table().schema(), change.table().name()));
    }

    @Override
    public List<String> visit(Change.RenameTable change) {
        return List.of(alterTable(change.schema(), change.from()) + "RENAME TO " + ident(change.to()));
    }

    @Override
    public List<String> visit(Change.AddColumn change) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(change.schema(), change.table()) + "ADD COLUMN "
                + PostgresRenderTables.column(change.column()));
        if (change.column().comment() != null) {
            statements.add(PostgresRenderTables.columnComment(change.schema(), change.table(),
                    change.column().name(), change.column().comment()));
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
    public List<String> visit(Change.AlterColumn change) {
        return PostgresRenderColumns.alter(change.schema(), change.table(), change.from(), change.to());
    }

    @Override
    public List<String> visit(Change.AddPrimaryKey change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD "
                + PostgresRenderTables.primaryKey(change.primaryKey()));
    }

    @Override
    public List<String> visit(Change.DropPrimaryKey change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.primaryKey().name()));
    }

    @Override
    public List<String> visit(Change.AddUnique change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD " + PostgresRenderTables.unique(change.unique()));
    }

    @Override
    public List<String> visit(Change.DropUnique change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.unique().name()));
    }

    @Override
    public List<String> visit(Change.AddForeignKey change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD "
                + PostgresRenderTables.foreignKey(change.foreignKey()));
    }

    @Override
    public List<String> visit(Change.DropForeignKey change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.foreignKey().name()));
    }

    @Override
    public List<String> visit(Change.AddCheck change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD " + PostgresRenderTables.check(change.check()));
    }

    @Override
    public List<String> visit(Change.DropCheck change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.check().name()));
    }

    private static String dropConstraint(String schema, String table, String name) {
        return alterTable(schema, table) + "DROP CONSTRAINT " + ident(name);
    }

    @Override
    public List<String> visit(Change.CreateIndex change) {
        return List.of(PostgresRenderTables.createIndex(change.schema(), change.table(), change.index()));
    }

    @Override
    public List<String> visit(Change.DropIndex change) {
        return List.of("DROP INDEX " + qualified(change.schema(), change.index().name()));
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
        return statements;
    }

    @Override
    public List<String> visit(Change.DropView change) {
        return List.of("DROP " + viewKind(change.view()) + " " + qualified(change.view().schema(), change.view().name()));
    }

    private static String viewKind(View view) {
        return view.materialized() ? "MATERIALIZED VIEW" : "VIEW";
    }

    @Override
    public List<String> visit(Change.CreateRoutine change) {
        return List.of(RenderSupport.statement(change.routine().definition()));
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
    public List<String> visit(Change.CreateTrigger change) {
        return List.of(RenderSupport.statement(change.trigger().definition()));
    }

    @Override
    public List<String> visit(Change.DropTrigger change) {
        return List.of("DROP TRIGGER " + ident(change.trigger().name()) + " ON "
                + qualified(change.trigger().schema(), change.trigger().table()));
    }

    @Override
    public List<String> visit(Change.SetTableComment change) {
        return List.of(PostgresRenderTables.tableComment(change.schema(), change.table(), change.comment()));
    }

    @Override
    public List<String> visit(Change.SetColumnComment change) {
        return List.of(PostgresRenderTables.columnComment(change.schema(), change.table(), change.column(),
                change.comment()));
    }
}
