package io.shale.dialect.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Runs the inspector's {@code information_schema} queries. A query names the schema list as
 * {@code %s} (once or more), each of which becomes one {@code ?} per schema.
 */
final class MySqlInspectSql {

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private MySqlInspectSql() {
    }

    static <T> List<T> query(Connection connection, String sql, List<String> schemas, Row<T> row)
            throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(schemas.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(sql.replace("%s", placeholders))) {
            int lists = sql.split("%s", -1).length - 1;
            for (int list = 0; list < lists; list++) {
                for (int i = 0; i < schemas.size(); i++) {
                    statement.setString(list * schemas.size() + i + 1, schemas.get(i));
                }
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        }
    }

    /** Whether the result has a column, for columns that only some versions or forks have. */
    static boolean hasColumn(ResultSet rs, String column) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    /** The column's text, null when SQL NULL or empty (information_schema uses both for "none"). */
    static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null || value.isEmpty() ? null : value;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : (int) Math.min(value, Integer.MAX_VALUE);
    }

    static boolean isMariaDb(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT VERSION()");
                ResultSet rs = statement.executeQuery()) {
            return rs.next() && rs.getString(1).toLowerCase(Locale.ROOT).contains("mariadb");
        }
    }

    /** A MySQL identifier in backticks. */
    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** A string literal in single quotes, quotes doubled. */
    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
