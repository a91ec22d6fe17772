package io.shale.dialect.mysql;

import static io.shale.dialect.mysql.MySqlRenderNames.columns;
import static io.shale.dialect.mysql.MySqlRenderNames.ident;
import static io.shale.dialect.mysql.MySqlRenderNames.literal;
import static io.shale.dialect.mysql.MySqlRenderTables.alterTable;

import io.shale.dialect.RenderSupport;
import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.change.Change;
import io.shale.schema.change.ChangeVisitor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One change to its MySQL/MariaDB statements. */
final class MySqlRenderVisitor implements ChangeVisitor<List<String>> {
    private static final String ENGINE = "MySQL/MariaDB";
    private static final Pattern ROUTINE_KIND = Pattern.compile("\\b(FUNCTION|PROCEDURE)\\b", Pattern.CASE_INSENSITIVE);

    private final Catalog to;

    MySqlRenderVisitor(Catalog to) {
        this.to = to;
    }

    @Override
    public List<String> visit(Change.CreateSchema change) {
        throw RenderSupport.unsupported(ENGINE, change, "the database is the schema");
    }

    @Override
    public List<String> visit(Change.DropSchema change) {
        throw RenderSupport.unsupported(ENGINE, change, "the database is the schema");
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
        throw RenderSupport.unsupported(ENGINE, change, "enums are column types, changed with the column");
    }

    @Override
    public List<String> visit(Change.DropEnum change) {
        throw RenderSupport.unsupported(ENGINE, change, "enums are column types, changed with the column");
    }

    @Override
    public List<String> visit(Change.AddEnumValue change) {
        throw RenderSupport.unsupported(ENGINE, change, "enums are column types, changed with the column");
    }

    @Override
    public List<String> visit(Change.RecreateEnum change) {
        throw RenderSupport.unsupported(ENGINE, change, "enums are column types, changed with the column");
    }

    @Override
    public List<String> visit(Change.CreateSequence change) {
        throw RenderSupport.unsupported(ENGINE, change, "sequences are not modelled; columns use AUTO_INCREMENT");
    }

    @Override
    public List<String> visit(Change.DropSequence change) {
        throw RenderSupport.unsupported(ENGINE, change, "sequences are not modelled; columns use AUTO_INCREMENT");
    }

    @Override
    public List<String> visit(Change.AlterSequence change) {
        throw RenderSupport.unsupported(ENGINE, change, "sequences are not modelled; columns use AUTO_INCREMENT");
    }

    @Override
    public List<String> visit(Change.CreateTable change) {
        return List.of(MySqlRenderTables.create(change.table()));
    }

    @Override
    public List<String> visit(Change.DropTable change) {
        return List.of("DROP TABLE " + ident(change.table().name()));
    }

    @Override
    public List<String> visit(Change.RenameTable change) {
        return List.of("RENAME TABLE " + ident(change.from()) + " TO " + ident(change.to()));
    }

    @Override
    public List<String> visit(Change.AddColumn change) {
        return List.of(alterTable(change.table()) + "ADD COLUMN " + MySqlRenderTables.column(change.column()));
    }

    @Override
    public List<String> visit(Change.DropColumn change) {
        return List.of(alterTable(change.table()) + "DROP COLUMN " + ident(change.column().name()));
    }

    /** {@code RENAME COLUMN}: MySQL 8.0 and MariaDB 10.5 onwards. */
    @Override
    public List<String> visit(Change.RenameColumn change) {
        return List.of(alterTable(change.table()) + "RENAME COLUMN " + ident(change.from()) + " TO " + ident(change.to()));
    }

    /** {@code MODIFY COLUMN} restates the whole column, whatever part of it changed. */
    @Override
    public List<String> visit(Change.AlterColumn change) {
        return List.of(alterTable(change.table()) + "MODIFY COLUMN " + MySqlRenderTables.column(change.to()));
    }

    @Override
    public List<String> visit(Change.AddPrimaryKey change) {
        return List.of(alterTable(change.table()) + "ADD PRIMARY KEY " + columns(change.primaryKey().columns()));
    }

    @Override
    public List<String> visit(Change.DropPrimaryKey change) {
        return List.of(alterTable(change.table()) + "DROP PRIMARY KEY");
    }

    @Override
    public List<String> visit(Change.AddUnique change) {
        return List.of(alterTable(change.table()) + "ADD UNIQUE KEY " + ident(change.unique().name()) + " "
                + columns(change.unique().columns()));
    }

    @Override
    public List<String> visit(Change.DropUnique change) {
        return List.of(alterTable(change.table()) + "DROP INDEX " + ident(change.unique().name()));
    }

    /** MySQL creates the key's index itself when none fits; {@link MySqlRenderOrder} puts a planned one first. */
    @Override
    public List<String> visit(Change.AddForeignKey change) {
        return List.of(alterTable(change.table()) + "ADD "
                + MySqlRenderTables.foreignKey(change.schema(), change.foreignKey()));
    }

    /** The key's index stays; the plan drops it separately when the target schema has no such index. */
    @Override
    public List<String> visit(Change.DropForeignKey change) {
        return List.of(alterTable(change.table()) + "DROP FOREIGN KEY " + ident(change.foreignKey().name()));
    }

    @Override
    public List<String> visit(Change.AddCheck change) {
        return List.of(alterTable(change.table()) + "ADD " + MySqlRenderTables.check(change.check()));
    }

    /** {@code DROP CONSTRAINT}: MariaDB has no {@code DROP CHECK}; MySQL takes both since 8.0.19. */
    @Override
    public List<String> visit(Change.DropCheck change) {
        return List.of(alterTable(change.table()) + "DROP CONSTRAINT " + ident(change.check().name()));
    }

    @Override
    public List<String> visit(Change.CreateIndex change) {
        return List.of(alterTable(change.table()) + "ADD " + MySqlRenderTables.indexKind(change.index()) + "INDEX "
                + ident(change.index().name()) + " " + MySqlRenderTables.keys(change.index()));
    }

    @Override
    public List<String> visit(Change.DropIndex change) {
        return List.of(alterTable(change.table()) + "DROP INDEX " + ident(change.index().name()));
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
        return List.of(RenderSupport.statement(change.routine().definition()));
    }

    /** {@code DROP FUNCTION|PROCEDURE name}, the kind being the first of those words in the definition. */
    @Override
    public List<String> visit(Change.DropRoutine change) {
        Matcher kind = ROUTINE_KIND.matcher(change.routine().definition());
        String keyword = kind.find() ? kind.group(1).toUpperCase(Locale.ROOT) : "FUNCTION";
        return List.of("DROP " + keyword + " " + ident(change.routine().name()));
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
        return List.of(alterTable(change.table()) + "COMMENT = " + literal(change.comment() == null ? "" : change.comment()));
    }

    /** A column comment is part of the column: {@code MODIFY COLUMN} with the target definition. */
    @Override
    public List<String> visit(Change.SetColumnComment change) {
        Column column = to.table(change.schema(), change.table()).flatMap(t -> t.column(change.column()))
                .orElseThrow(() -> new IllegalArgumentException("comment on " + change.table() + "."
                        + change.column() + ": the column is not in the target catalog"));
        Column commented = new Column(column.name(), column.type(), column.nullable(), column.defaultExpression(),
                column.identity(), column.generated(), column.collation(), change.comment());
        return List.of(alterTable(change.table()) + "MODIFY COLUMN " + MySqlRenderTables.column(commented));
    }
}
