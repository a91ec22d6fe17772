package io.shale.dialect.h2;

import static io.shale.dialect.h2.H2RenderNames.ident;
import static io.shale.dialect.h2.H2RenderNames.qualified;

import io.shale.dialect.RenderSupport;
import io.shale.dialect.StandardTableSql;
import io.shale.schema.Column;
import io.shale.schema.Index;
import io.shale.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** H2 DDL for tables and what lives on them. */
public final class H2RenderTables {

    /** Constraints, comments and {@code ALTER TABLE} in standard SQL with this engine's names. */
    static final StandardTableSql SQL = new StandardTableSql(H2RenderNames::ident, true);

    private H2RenderTables() {
    }

    static List<String> create(Table table) {
        List<String> lines = new ArrayList<>();
        table.columns().forEach(column -> lines.add(column(column)));
        if (table.primaryKey() != null) {
            lines.add(SQL.primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(unique -> lines.add(SQL.unique(unique)));
        table.checks().forEach(check -> lines.add(SQL.check(check)));
        String body = lines.stream().map(line -> "    " + line).collect(Collectors.joining(",\n"));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + qualified(table.schema(), table.name()) + " (\n" + body + "\n)");
        table.indexes().forEach(index -> statements.add(createIndex(table.schema(), table.name(), index)));
        if (table.comment() != null) {
            statements.add(SQL.tableComment(table.schema(), table.name(), table.comment()));
        }
        table.columns().stream().filter(column -> column.comment() != null).forEach(column ->
                statements.add(SQL.columnComment(table.schema(), table.name(), column.name(), column.comment())));
        return statements;
    }

    /**
     * A column definition: type, then at most one of default, generation and identity (H2 takes one),
     * then NOT NULL. H2 has no column collations.
     */
    static String column(Column column) {
        String sql = ident(column.name()) + " " + definition(column);
        if (column.identity() == null && column.defaultExpression() != null) {
            sql += " DEFAULT " + column.defaultExpression();
        }
        return column.nullable() || column.identity() != null ? sql : sql + " NOT NULL";
    }

    /** The type with its generation or identity clause: what {@code ALTER COLUMN c <definition>} takes. */
    static String definition(Column column) {
        String sql = column.type().display();
        if (column.generated() != null) {
            sql += " GENERATED ALWAYS AS (" + column.generated() + ")";
        } else if (column.identity() != null) {
            sql += " GENERATED " + (column.identity().always() ? "ALWAYS" : "BY DEFAULT")
                    + " AS IDENTITY (START WITH " + column.identity().start()
                    + " INCREMENT BY " + column.identity().increment() + ")";
        }
        return sql;
    }

    static String createIndex(String schema, String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + ident(index.name()) + " ON "
                + qualified(schema, table) + " " + RenderSupport.parenthesised(index.keys(), key -> {
                    String part = key.column() != null ? ident(key.column()) : "(" + key.expression() + ")";
                    return key.descending() ? part + " DESC" : part;
                });
    }
}
