package io.shale.dialect.sqlite;


import static io.shale.dialect.sqlite.SqliteRenderNames.ident;

import io.shale.dialect.RenderSupport;
import io.shale.schema.Catalog;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import io.shale.schema.change.ChangeVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * One change to the SQLite statements that make it in place. Changes that need a table rebuild never
 * reach it for an existing table ({@link SqliteRenderer} rebuilds instead); for a table the plan creates
 * or drops they render nothing, being part of its {@code CREATE TABLE} or gone with its {@code DROP TABLE}.
 */
final class SqliteRenderVisitor implements ChangeVisitor<List<String>> {
    private static final String ENGINE = "SQLite";

    /** The catalog after the changes: a created table takes its foreign keys from there, inline. */
    private final Catalog to;

    SqliteRenderVisitor(Catalog to) {
        this.to = to;
    }

    @Override
    public List<String> visit(Change.CreateSchema change) {
        throw RenderSupport.unsupported(ENGINE, change, "a database file has the one schema main");
    }

    @Override
    public List<String> visit(Change.DropSchema change) {
        throw RenderSupport.unsupported(ENGINE, change, "a database file has the one schema main");
    }

    @Override
    public List<String> visit(Change.CreateExtension change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no extensions");
    }

    @Override
    public List<String> visit(Change.DropExtension change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no extensions");
    }

    @Override
    public List<String> visit(Change.CreateEnum change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no enum types");
    }

    @Override
    public List<String> visit(Change.DropEnum change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no enum types");
    }

    @Override
    public List<String> visit(Change.AddEnumValue change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no enum types");
    }

    @Override
    public List<String> visit(Change.RecreateEnum change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no enum types");
    }

    @Override
    public List<String> visit(Change.CreateSequence change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no sequences");
    }

    @Override
    public List<String> visit(Change.DropSequence change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no sequences");
    }

    @Override
    public List<String> visit(Change.AlterSequence change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no sequences");
    }

    @Override
    public List<String> visit(Change.CreateTable change) {
        List<String> statements = new ArrayList<>();
        // The differ adds foreign keys as separate changes; SQLite can only declare them inline.
        Table target = SqliteRenderTouch.table(to, change.table().name()).orElse(change.table());
        statements.add(SqliteRenderTables.create(target, change.table().name()));
        change.table().indexes().forEach(index ->
                statements.add(SqliteRenderTables.createIndex(change.table().name(), index)));
        return statements;
    }

    @Override
    public List<String> visit(Change.DropTable change) {
        return List.of("DROP TABLE " + ident(change.table().name()));
    }

    @Override
    public List<String> visit(Change.RenameTable change) {
        return List.of("ALTER TABLE " + ident(change.from()) + " RENAME TO " + ident(change.to()));
    }

    @Override
    public List<String> visit(Change.AddColumn change) {
        return List.of("ALTER TABLE " + ident(change.table()) + " ADD COLUMN "
                + SqliteRenderTables.column(change.column(), false));
    }

    /** {@code DROP COLUMN}: SQLite 3.35 onwards. */
    @Override
    public List<String> visit(Change.DropColumn change) {
        return List.of("ALTER TABLE " + ident(change.table()) + " DROP COLUMN " + ident(change.column().name()));
    }

    /** {@code RENAME COLUMN}: SQLite 3.25 onwards. */
    @Override
    public List<String> visit(Change.RenameColumn change) {
        return List.of("ALTER TABLE " + ident(change.table()) + " RENAME COLUMN " + ident(change.from()) + " TO "
                + ident(change.to()));
    }

    @Override
    public List<String> visit(Change.AlterColumn change) {
        return List.of();
    }

    @Override
    public List<String> visit(Change.AddPrimaryKey change) {
        return List.of();
    }

    @Override
    public List<String> visit(Change.DropPrimaryKey change) {
        return List.of();
    }

    @Override
    public List<String> visit(Change.AddUnique change) {
        return List.of();
    }

    @Override
    public List<String> visit(Change.DropUnique change) {
        return List.of();
    }

    @Override
    public List<String> visit(Change.AddForeignKey change) {
        return List.of();
    }

    @Override
    public List<String> visit(Change.DropForeignKey change) {
        return List.of();
    }

    @Override
    public List<String> visit(Change.AddCheck change) {
        return List.of();
    }

    @Override
    public List<String> visit(Change.DropCheck change) {
        return List.of();
    }

    @Override
    public List<String> visit(Change.CreateIndex change) {
        return List.of(SqliteRenderTables.createIndex(change.table(), change.index()));
    }

    @Override
    public List<String> visit(Change.DropIndex change) {
        return List.of("DROP INDEX " + ident(change.index().name()));
    }

    @Override
    public List<String> visit(Change.CreateView change) {
        if (change.view().materialized()) {
            throw RenderSupport.unsupported(ENGINE, change, "there are no materialized views");
        }
        return List.of("CREATE VIEW " + ident(change.view().name()) + " AS\n"
                + RenderSupport.statement(change.view().definition()));
    }

    @Override
    public List<String> visit(Change.DropView change) {
        return List.of("DROP VIEW " + ident(change.view().name()));
    }

    @Override
    public List<String> visit(Change.CreateRoutine change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no stored routines");
    }

    @Override
    public List<String> visit(Change.DropRoutine change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no stored routines");
    }

    @Override
    public List<String> visit(Change.CreateTrigger change) {
        return List.of(RenderSupport.statement(change.trigger().definition()));
    }

    @Override
    public List<String> visit(Change.DropTrigger change) {
        return List.of("DROP TRIGGER " + ident(change.trigger().name()));
    }

    @Override
    public List<String> visit(Change.SetTableComment change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no comments");
    }

    @Override
    public List<String> visit(Change.SetColumnComment change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no comments");
    }
}
