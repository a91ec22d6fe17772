package io.shale.dialect.mysql;

import static io.shale.dialect.mysql.MySqlRenderNames.columns;
import static io.shale.dialect.mysql.MySqlRenderNames.literal;

import io.shale.dialect.StandardRenderVisitor;
import io.shale.dialect.StandardTableSql;
import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.change.Change;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change to its MySQL/MariaDB statements. Names are never qualified (the database is the
 * schema); keys and indexes are dropped by kind, and comments are part of the definitions. A check
 * goes with {@code DROP CONSTRAINT} (MariaDB has no {@code DROP CHECK}; MySQL takes both since 8.0.19);
 * {@code RENAME COLUMN} needs MySQL 8.0 or MariaDB 10.5.
 */
final class MySqlRenderVisitor extends StandardRenderVisitor {
    private static final Pattern ROUTINE_KIND = Pattern.compile("\\b(FUNCTION|PROCEDURE)\\b", Pattern.CASE_INSENSITIVE);

    private final Catalog to;

    MySqlRenderVisitor(Catalog to) {
        super("MySQL/MariaDB", new StandardTableSql(MySqlRenderNames::ident, false));
        this.to = to;
    }

    @Override
    protected String column(Column column) {
        return MySqlRenderTables.column(column);
    }

    @Override
    protected String primaryKey(PrimaryKey key) {
        return "PRIMARY KEY " + columns(key.columns());
    }

    @Override
    protected String unique(UniqueConstraint unique) {
        return "UNIQUE KEY " + ident(unique.name()) + " " + columns(unique.columns());
    }

    /** MySQL creates the key's index itself when none fits; {@link MySqlRenderOrder} puts a planned one first. */
    @Override
    protected String foreignKey(String schema, ForeignKey key) {
        return MySqlRenderTables.foreignKey(schema, key);
    }

    @Override
    protected String createIndex(String schema, String table, Index index) {
        return alterTable(schema, table) + "ADD " + MySqlRenderTables.indexKind(index) + "INDEX "
                + ident(index.name()) + " " + MySqlRenderTables.keys(index);
    }

    @Override
    protected String noEnumTypes() {
        return "enums are column types, changed with the column";
    }

    @Override
    protected String noSequences() {
        return "sequences are not modelled; columns use AUTO_INCREMENT";
    }

    /** A comment is part of the table's or the column's definition. */
    @Override
    protected boolean separateComments() {
        return false;
    }

    @Override
    public List<String> visit(Change.CreateSchema change) {
        throw unsupported(change, "the database is the schema");
    }

    @Override
    public List<String> visit(Change.DropSchema change) {
        throw unsupported(change, "the database is the schema");
    }

    @Override
    public List<String> visit(Change.CreateTable change) {
        return List.of(MySqlRenderTables.create(change.table()));
    }

    @Override
    public List<String> visit(Change.RenameTable change) {
        return List.of("RENAME TABLE " + ident(change.from()) + " TO " + ident(change.to()));
    }

    /** {@code MODIFY COLUMN} restates the whole column, whatever part of it changed. */
    @Override
    public List<String> visit(Change.AlterColumn change) {
        return List.of(alterTable(change.schema(), change.table()) + "MODIFY COLUMN " + MySqlRenderTables.column(change.to()));
    }

    @Override
    public List<String> visit(Change.DropPrimaryKey change) {
        return List.of(alterTable(change.schema(), change.table()) + "DROP PRIMARY KEY");
    }

    @Override
    public List<String> visit(Change.DropUnique change) {
        return List.of(alterTable(change.schema(), change.table()) + "DROP INDEX " + ident(change.unique().name()));
    }

    /** The key's index stays; the plan drops it separately when the target schema has no such index. */
    @Override
    public List<String> visit(Change.DropForeignKey change) {
        return List.of(alterTable(change.schema(), change.table()) + "DROP FOREIGN KEY "
                + ident(change.foreignKey().name()));
    }

    @Override
    public List<String> visit(Change.DropIndex change) {
        return List.of(alterTable(change.schema(), change.table()) + "DROP INDEX " + ident(change.index().name()));
    }

    /** {@code DROP FUNCTION|PROCEDURE name}, the kind being the first of those words in the definition. */
    @Override
    public List<String> visit(Change.DropRoutine change) {
        Matcher kind = ROUTINE_KIND.matcher(change.routine().definition());
        String keyword = kind.find() ? kind.group(1).toUpperCase(Locale.ROOT) : "FUNCTION";
        return List.of("DROP " + keyword + " " + ident(change.routine().name()));
    }

    @Override
    public List<String> visit(Change.SetTableComment change) {
        return List.of(alterTable(change.schema(), change.table()) + "COMMENT = "
                + literal(change.comment() == null ? "" : change.comment()));
    }

    /** A column comment is part of the column: {@code MODIFY COLUMN} with the target definition. */
    @Override
    public List<String> visit(Change.SetColumnComment change) {
        Column column = to.table(change.schema(), change.table()).flatMap(t -> t.column(change.column()))
                .orElseThrow(() -> new IllegalArgumentException("comment on " + change.table() + "."
                        + change.column() + ": the column is not in the target catalog"));
        Column commented = new Column(column.name(), column.type(), column.nullable(), column.defaultExpression(),
                column.identity(), column.generated(), column.collation(), change.comment());
        return List.of(alterTable(change.schema(), change.table()) + "MODIFY COLUMN "
                + MySqlRenderTables.column(commented));
    }
}
