package io.shale.dialect.mysql;

import io.shale.schema.Column;
import io.shale.schema.ColumnType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of every table, in position order. {@code name} is {@code DATA_TYPE},
 * {@code display} is {@code COLUMN_TYPE} ({@code varchar(100)}, {@code enum('a','b')},
 * {@code int(10) unsigned}); auto-increment columns are {@code Identity(false, 1, 1)}; a collation
 * is kept only where it differs from the table's. {@code ON UPDATE current_timestamp()} is kept
 * with the default it follows in a column definition ({@code current_timestamp() ON UPDATE
 * current_timestamp()}; {@code NULL ON UPDATE ...} for a nullable column without default), so it
 * is compared and written with it. Attributes the model has no place
 * for (invisible columns, an {@code ON UPDATE} without a default) are listed in {@code unsupported}.
 */
final class MySqlInspectColumns {
    private static final Set<String> LENGTH_TYPES = Set.of("char", "varchar", "binary", "varbinary");
    private static final Set<String> DECIMAL_TYPES = Set.of("decimal", "numeric");
    private static final Set<String> TIME_TYPES = Set.of("datetime", "timestamp", "time");

    record Result(Map<MySqlInspectKey, List<Column>> columns, List<String> unsupported) {
    }

    private static final String SQL = """
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, COLUMN_TYPE,
                   CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION,
                   IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION, COLLATION_NAME, COLUMN_COMMENT
              FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA IN (%s)
             ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION
            """;

    private MySqlInspectColumns() {
    }

    /** @param tableCollations the default collation of every base table to read; other tables' columns are ignored */
    static Result run(Connection connection, List<String> schemas, Map<MySqlInspectKey, String> tableCollations,
                      boolean mariaDb) throws SQLException {
        Map<MySqlInspectKey, List<Column>> columns = new LinkedHashMap<>();
        List<String> unsupported = new ArrayList<>();
        MySqlInspectSql.query(connection, SQL, schemas, rs -> {
            MySqlInspectKey key = new MySqlInspectKey(rs.getString("TABLE_SCHEMA"), rs.getString("TABLE_NAME"));
            if (!tableCollations.containsKey(key)) {
                return key;
            }
            Column column = column(rs, tableCollations.get(key), mariaDb);
            columns.computeIfAbsent(key, k -> new ArrayList<>()).add(column);
            String extra = rs.getString("EXTRA") == null ? "" : rs.getString("EXTRA").toLowerCase(Locale.ROOT);
            String where = key.schema() + "." + key.table() + "." + column.name();
            int onUpdate = extra.indexOf("on update ");
            if (onUpdate >= 0 && column.defaultExpression() == null) {
                unsupported.add("column " + where + " " + extra.substring(onUpdate).toUpperCase(Locale.ROOT));
            }
            if (extra.contains("invisible")) {
                unsupported.add("invisible column " + where);
            }
            return key;
        });
        return new Result(columns, unsupported);
    }

    private static Column column(ResultSet rs, String tableCollation, boolean mariaDb) throws SQLException {
        String dataType = rs.getString("DATA_TYPE").toLowerCase(Locale.ROOT);
        String extra = rs.getString("EXTRA") == null ? "" : rs.getString("EXTRA");
        ColumnType type = new ColumnType(dataType,
                LENGTH_TYPES.contains(dataType) ? MySqlInspectSql.integer(rs, "CHARACTER_MAXIMUM_LENGTH") : null,
                DECIMAL_TYPES.contains(dataType) ? MySqlInspectSql.integer(rs, "NUMERIC_PRECISION")
                        : TIME_TYPES.contains(dataType) ? MySqlInspectSql.integer(rs, "DATETIME_PRECISION") : null,
                DECIMAL_TYPES.contains(dataType) ? MySqlInspectSql.integer(rs, "NUMERIC_SCALE") : null,
                0, rs.getString("COLUMN_TYPE"));
        boolean autoIncrement = extra.toLowerCase(Locale.ROOT).contains("auto_increment");
        String generated = MySqlInspectSql.text(rs, "GENERATION_EXPRESSION");
        String defaultExpression = autoIncrement || generated != null ? null
                : MySqlInspectDefaults.canonical(rs.getString("COLUMN_DEFAULT"), dataType, extra, mariaDb);
        int onUpdate = extra.toLowerCase(Locale.ROOT).indexOf("on update ");
        boolean nullable = "YES".equals(rs.getString("IS_NULLABLE"));
        if (onUpdate >= 0 && defaultExpression == null && nullable && generated == null) {
            defaultExpression = "NULL";
        }
        if (defaultExpression != null && onUpdate >= 0) {
            defaultExpression += " ON UPDATE " + extra.substring(onUpdate + "on update ".length()).trim()
                    .toLowerCase(Locale.ROOT);
        }
        String collation = rs.getString("COLLATION_NAME");
        return new Column(rs.getString("COLUMN_NAME"), type, "YES".equals(rs.getString("IS_NULLABLE")),
                defaultExpression, autoIncrement ? new Column.Identity(false, 1, 1) : null, generated,
                collation == null || collation.equals(tableCollation) ? null : collation,
                MySqlInspectSql.text(rs, "COLUMN_COMMENT"));
    }
}
