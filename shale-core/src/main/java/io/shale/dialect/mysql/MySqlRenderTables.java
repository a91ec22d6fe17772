package io.shale.dialect.mysql;

import static io.shale.dialect.mysql.MySqlRenderNames.columns;
import static io.shale.dialect.mysql.MySqlRenderNames.ident;
import static io.shale.dialect.mysql.MySqlRenderNames.literal;

import io.shale.dialect.RenderSupport;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * MySQL/MariaDB DDL for tables. Names are never qualified with the database: the connection's database
 * is the schema.
 */
public final class MySqlRenderTables {

    private MySqlRenderTables() {
    }

    /** {@code CREATE TABLE} with columns, primary key, unique keys, indexes and checks inline. */
    static String create(Table table) {
        List<String> lines = new ArrayList<>();
        table.columns().forEach(column -> lines.add(column(column)));
        if (table.primaryKey() != null) {
            lines.add("PRIMARY KEY " + columns(table.primaryKey().columns()));
        }
        table.uniques().forEach(unique -> lines.add("UNIQUE KEY " + ident(unique.name()) + " " + columns(unique.columns())));
        table.indexes().forEach(index -> lines.add(indexKind(index) + "KEY " + ident(index.name()) + " " + keys(index)));
        table.checks().forEach(check -> lines.add(check(check)));
        String body = lines.stream().map(line -> "    " + line).collect(Collectors.joining(",\n"));
        String comment = table.comment() == null ? "" : " COMMENT=" + literal(table.comment());
        // Always named, so that the table does not take the character set of whatever database runs the file.
        String collation = table.collation() == null ? ""
                : " DEFAULT CHARSET=" + charset(table.collation()) + " COLLATE=" + table.collation();
        return "CREATE TABLE " + ident(table.name()) + " (\n" + body + "\n)" + collation + comment;
    }

    /**
     * The whole column definition, as {@code CREATE TABLE}, {@code ADD COLUMN} and {@code MODIFY COLUMN}
     * take it ({@code MODIFY} replaces everything, so it always carries the comment too). A generated
     * column takes neither nullability nor default. A collation (one that differs from the table's
     * default) is written with its character set, {@code CHARACTER SET latin1 COLLATE latin1_bin}: the
     * engine then needs neither the table's character set nor its own default collation of the set
     * to know what is meant; without one, {@code MODIFY} puts the column back on the table's default.
     */
    static String column(Column column) {
        StringBuilder sql = new StringBuilder(ident(column.name())).append(' ').append(column.type().display());
        if (column.collation() != null) {
            sql.append(" CHARACTER SET ").append(ident(charset(column.collation())))
                    .append(" COLLATE ").append(ident(column.collation()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
        } else {
            sql.append(column.nullable() ? " NULL" : " NOT NULL");
            if (column.defaultExpression() != null) {
                sql.append(" DEFAULT ").append(column.defaultExpression());
            }
            if (column.identity() != null) {
                sql.append(" AUTO_INCREMENT");
            }
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(literal(column.comment()));
        }
        return sql.toString();
    }

    /**
     * The character set a collation belongs to: its name up to the first underscore ({@code utf8mb4}
     * of {@code utf8mb4_uca1400_ai_ci}); {@code binary} for {@code binary}. Every collation name of
     * MySQL and MariaDB starts with its character set's, and no character set name has an underscore.
     */
    static String charset(String collation) {
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }

    static String check(CheckConstraint check) {
        return "CONSTRAINT " + ident(check.name()) + " " + RenderSupport.checkClause(check.expression());
    }

    /** {@code CONSTRAINT name FOREIGN KEY ...}; the referenced table is qualified only when in another database. */
    static String foreignKey(String schema, ForeignKey key) {
        String table = key.refSchema() == null || Objects.equals(key.refSchema(), schema)
                ? ident(key.refTable()) : ident(key.refSchema()) + "." + ident(key.refTable());
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(ident(key.name()))
                .append(" FOREIGN KEY ").append(columns(key.columns()))
                .append(" REFERENCES ").append(table).append(' ').append(columns(key.refColumns()));
        if (RenderSupport.isExplicitAction(key.onDelete())) {
            sql.append(" ON DELETE ").append(key.onDelete());
        }
        if (RenderSupport.isExplicitAction(key.onUpdate())) {
            sql.append(" ON UPDATE ").append(key.onUpdate());
        }
        return sql.toString();
    }

    /** {@code UNIQUE }, {@code FULLTEXT }, {@code SPATIAL } or nothing. */
    static String indexKind(Index index) {
        if (index.unique()) {
            return "UNIQUE ";
        }
        String method = index.method() == null ? "" : index.method().toUpperCase(Locale.ROOT);
        return method.equals("FULLTEXT") || method.equals("SPATIAL") ? method + " " : "";
    }

    /**
     * The key parts; from the inspector's definition where a part has a prefix length
     * ({@code `name`(20)}), which only the definition carries.
     */
    static String keys(Index index) {
        if (index.definition() != null && MySqlDiffHooks.PREFIX.matcher(index.definition()).find()) {
            String definition = index.definition();
            int start = definition.indexOf("` (", definition.indexOf(" ON `")) + 2;
            return definition.substring(start, definition.lastIndexOf(')') + 1);
        }
        return RenderSupport.parenthesised(index.keys(), key -> {
            String sql = key.column() != null ? ident(key.column()) : "(" + key.expression() + ")";
            return key.descending() ? sql + " DESC" : sql;
        });
    }
}
