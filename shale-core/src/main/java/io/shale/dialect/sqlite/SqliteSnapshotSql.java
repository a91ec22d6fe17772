package io.shale.dialect.sqlite;

import io.shale.dialect.SnapshotSql;
import io.shale.dialect.DataOperations;
import io.shale.dialect.data.SequenceValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * SQLite: a value keeps its storage class (the driver's Java type tells it, not the declared
 * column type); {@code AUTOINCREMENT} positions live in {@code sqlite_sequence}.
 */
final class SqliteSnapshotSql implements SnapshotSql {

    @Override
    public String literal(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[]) {
            return bytes((byte[]) value);
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Double) {
            double d = (Double) value;
            return Double.isFinite(d) ? Double.toString(d) : d > 0 ? "9e999" : d < 0 ? "-9e999" : "NULL";
        }
        return string(value.toString());
    }

    @Override
    public List<String> restore(SequenceValue value, DataOperations ops) {
        String name = string(value.sequence());
        return List.of("DELETE FROM sqlite_sequence WHERE name = " + name,
                "INSERT INTO sqlite_sequence (name, seq) VALUES (" + name + ", " + (value.next() - 1) + ")");
    }
}
