package io.shale.dialect.sqlite;

import static io.shale.dialect.sqlite.SqliteRenderNames.columns;
import static io.shale.dialect.sqlite.SqliteRenderNames.ident;

import io.shale.dialect.RenderSupport;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SQLite DDL for tables. Everything is inline in {@code CREATE TABLE}, foreign keys included: SQLite
 * cannot add a constraint to an existing table.
 */
public final class SqliteRenderTables {
    /** Defaults SQLite takes without parentheses: numbers, strings, blobs, NULL, TRUE/FALSE, CURRENT_*. */
    private static final Pattern LITERAL = Pattern.compile(
            "[-+]?[0-9][0-9.eE+-]*|'(?:[^']|'')*'|[xX]'[0-9a-fA-F]*'|(?i:null|true|false|current_time|current_date|current_timestamp)");

    private SqliteRenderTables() {
    }

    /** {@code CREATE TABLE name} (the name may differ from the table's, for a rebuild); indexes are separate. */
    static String create(Table table, String name) {
        List<String> lines = new ArrayList<>();
        String inlineKey = inlineAutoincrementKey(table);
        table.columns().forEach(column -> lines.add(column(column, column.name().equals(inlineKey))));
        if (table.primaryKey() != null && inlineKey == null) {
            lines.add(primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(unique -> lines.add(constraintName(unique.name()) + "UNIQUE " + columns(unique.columns())));
        table.checks().forEach(check -> lines.add(constraintName(check.name()) + RenderSupport.checkClause(check.expression())));
        table.foreignKeys().forEach(key -> lines.add(foreignKey(key)));
        String body = lines.stream().map(line -> "    " + line).collect(Collectors.joining(",\n"));
        return "CREATE TABLE " + ident(name) + " (\n" + body + "\n)";
    }

    /**
     * The column that carries {@code PRIMARY KEY AUTOINCREMENT} inline: an identity column that is the
     * whole primary key (SQLite allows AUTOINCREMENT nowhere else). Null when there is none.
     */
    private static String inlineAutoincrementKey(Table table) {
        PrimaryKey key = table.primaryKey();
        if (key == null || key.columns().size() != 1) {
            return null;
        }
        return table.column(key.columns().get(0)).filter(column -> column.identity() != null)
                .map(Column::name).orElse(null);
    }

    static String column(Column column, boolean autoincrementKey) {
        StringBuilder sql = new StringBuilder(ident(column.name()));
        if (!column.type().display().isEmpty()) {
            sql.append(' ').append(column.type().display());
        }
        if (autoincrementKey) {
            sql.append(" PRIMARY KEY AUTOINCREMENT");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(defaultValue(column.defaultExpression()));
        }
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(collation(column.collation()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
        }
        return sql.toString();
    }

    /** Collation names are case-insensitive in SQLite ({@code NOCASE}, {@code nocase}): quoted only when not a word. */
    private static String collation(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : ident(name);
    }

    /** A literal as it is; any other expression in the parentheses SQLite requires around it. */
    static String defaultValue(String expression) {
        String text = expression.strip();
        return isLiteral(text) || (text.startsWith("(") && text.endsWith(")")) ? text : "(" + text + ")";
    }

    static boolean isLiteral(String expression) {
        return LITERAL.matcher(expression.strip()).matches();
    }

    private static String primaryKey(PrimaryKey key) {
        return constraintName(key.name()) + "PRIMARY KEY " + columns(key.columns());
    }

    private static String foreignKey(ForeignKey key) {
        StringBuilder sql = new StringBuilder(constraintName(key.name()))
                .append("FOREIGN KEY ").append(columns(key.columns()))
                .append(" REFERENCES ").append(ident(key.refTable()));
        if (!key.refColumns().isEmpty()) {
            sql.append(' ').append(columns(key.refColumns()));
        }
        if (RenderSupport.isExplicitAction(key.onDelete())) {
            sql.append(" ON DELETE ").append(key.onDelete());
        }
        if (RenderSupport.isExplicitAction(key.onUpdate())) {
            sql.append(" ON UPDATE ").append(key.onUpdate());
        }
        if (key.deferrable()) {
            sql.append(key.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE INITIALLY IMMEDIATE");
        }
        return sql.toString();
    }

    private static String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + ident(name) + " ";
    }

    /** The index's own SQL when the inspector read it, else one built from its parts. */
    static String createIndex(String table, Index index) {
        if (index.definition() != null) {
            return RenderSupport.statement(index.definition());
        }
        String sql = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + ident(index.name()) + " ON "
                + ident(table) + " " + RenderSupport.parenthesised(index.keys(), key -> {
                    String part = key.column() != null ? ident(key.column()) : "(" + key.expression() + ")";
                    return key.descending() ? part + " DESC" : part;
                });
        return index.predicate() == null ? sql : sql + " WHERE " + index.predicate();
    }
}
