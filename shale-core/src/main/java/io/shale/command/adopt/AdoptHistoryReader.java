package io.shale.command.adopt;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads another tool's history table as rows of lower-case column name to value. The table is found
 * through the driver's metadata, ignoring case (Liquibase writes {@code DATABASECHANGELOG} upper-case on
 * MySQL and lower-case on PostgreSQL; Flyway quotes its lower-case names), so no engine is special-cased.
 */
final class AdoptHistoryReader {
    private AdoptHistoryReader() {
    }

    /** One row; values as the driver returns them, timestamps as {@link Instant}. */
    record Row(Map<String, Object> values) {
        String string(String column) {
            Object v = values.get(column);
            return v == null ? null : v.toString();
        }

        Instant instant(String column) {
            Object v = values.get(column);
            return v instanceof Instant i ? i : null;
        }

        long number(String column) {
            Object v = values.get(column);
            return v instanceof Number n ? n.longValue() : 0;
        }

        boolean bool(String column) {
            Object v = values.get(column);
            return v instanceof Boolean b ? b : v instanceof Number n ? n.intValue() != 0 : "true".equalsIgnoreCase(String.valueOf(v));
        }
    }

    /**
     * @throws ShaleException HISTORY_TABLE_INVALID when the table is not there
     */
    static List<Row> read(Connection connection, String table, AdoptTool tool) throws SQLException {
        String actual = find(connection, table);
        if (actual == null) {
            throw new ShaleException(ErrorCode.HISTORY_TABLE_INVALID, "There is no table " + table + " ("
                    + tool.cliName() + "'s history) in the connected database's current schema",
                    "connect to the database " + tool.cliName() + " manages, or name its table with --table");
        }
        String quote = connection.getMetaData().getIdentifierQuoteString().strip();
        List<Row> rows = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + quote + actual + quote)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    values.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rs.getObject(i)));
                }
                rows.add(new Row(values));
            }
        }
        return rows;
    }

    private static Object value(Object v) {
        if (v instanceof Timestamp t) {
            return t.toInstant();
        } else if (v instanceof LocalDateTime l) {
            return l.atZone(ZoneId.systemDefault()).toInstant();
        } else if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return v;
    }

    /** The table's name as the database spells it, in the connection's catalog and schema; null when absent. */
    private static String find(Connection connection, String table) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String schema = connection.getSchema();
        try (ResultSet rs = md.getTables(connection.getCatalog(), schema, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.equalsIgnoreCase(table)) {
                    return name;
                }
            }
        }
        return null;
    }
}
