package io.shale.dialect.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs one INFORMATION_SCHEMA query over all inspected schemas at once. Rows of different views are
 * matched in Java rather than joined in SQL: H2 computes its INFORMATION_SCHEMA views afresh for
 * each use, so a join would cost a scan per row.
 */
final class H2InspectQuery {

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** A schema-qualified object name, as stored. */
    record Name(String schema, String name) {
        String qualified() {
            return schema + "." + name;
        }
    }

    private H2InspectQuery() {
    }

    /**
     * @param sql a query whose one {@code %s} is replaced by a placeholder for each schema
     */
    static <T> List<T> list(Connection connection, String sql, List<String> schemas, RowReader<T> reader)
            throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(schemas.size(), "?"));
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.replace("%s", placeholders))) {
            for (int i = 0; i < schemas.size(); i++) {
                statement.setString(i + 1, schemas.get(i));
            }
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(reader.read(r));
                }
            }
        }
        return rows;
    }

    static Integer integer(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() || value > Integer.MAX_VALUE ? null : (int) value;
    }

    static Long number(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
