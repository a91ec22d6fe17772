package io.shale.dialect.sqlite;

import io.shale.dialect.StandardRenderVisitor;
import io.shale.dialect.StandardTableSql;
import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.Index;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * One change to the SQLite statements that make it in place. Changes that need a table rebuild never
 * reach it for an existing table ({@link SqliteRenderer} rebuilds instead); for a table the plan creates
 * or drops they render nothing, being part of its {@code CREATE TABLE} or gone with its {@code DROP TABLE}.
 * {@code DROP COLUMN} needs SQLite 3.35, {@code RENAME COLUMN} 3.25.
 */
final class SqliteRenderVisitor extends StandardRenderVisitor {
    private static final String ONE_SCHEMA = "a database file has the one schema main";
    private static final String NO_COMMENTS = "there are no comments";

    /** The catalog after the changes: a created table takes its foreign keys from there, inline. */
    private final Catalog to;

    SqliteRenderVisitor(Catalog to) {
        super("SQLite", new StandardTableSql(SqliteRenderNames::ident, false));
        this.to = to;
    }

    @Override
    protected String column(Column column) {
        return SqliteRenderTables.column(column, false);
    }

    @Override
    protected String createIndex(String schema, String table, Index index) {
        return SqliteRenderTables.createIndex(table, index);
    }

    /** There are none: nothing to write with a new column or view. */
    @Override
    protected boolean separateComments() {
        return false;
    }

    @Override
    public List<String> visit(Change.CreateSchema change) {
        throw unsupported(change, ONE_SCHEMA);
    }

    @Override
    public List<String> visit(Change.DropSchema change) {
        throw unsupported(change, ONE_SCHEMA);
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
    public List<String> visit(Change.CreateRoutine change) {
        throw unsupported(change, "there are no stored routines");
    }

    @Override
    public List<String> visit(Change.DropRoutine change) {
        throw unsupported(change, "there are no stored routines");
    }

    @Override
    public List<String> visit(Change.SetTableComment change) {
        throw unsupported(change, NO_COMMENTS);
    }

    @Override
    public List<String> visit(Change.SetColumnComment change) {
        throw unsupported(change, NO_COMMENTS);
    }
}
