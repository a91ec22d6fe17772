package io.shale.dialect;

import io.shale.dialect.data.SequenceValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one engine writes into a script that recreates rows: value literals and the statements that
 * put sequences and identity columns back where they stood (from {@link Dialect#snapshotSql()}).
 */
public interface SnapshotSql {
    Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    /** A literal the engine reads back as the value of column {@code column} of the current row. */
    default String literal(ResultSet rs, int column) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int type = md.getColumnType(column);
        if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB) {
            byte[] bytes = rs.getBytes(column);
            return bytes == null ? "NULL" : bytes(bytes);
        }
        Object value = rs.getObject(column);
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean) {
            return (Boolean) value ? "TRUE" : "FALSE";
        }
        if (value instanceof byte[]) {
            return bytes((byte[]) value);
        }
        String text = rs.getString(column);
        if (value instanceof Number && NUMBER.matcher(text).matches()) {
            return text;
        }
        return string(text);
    }

    /** A string literal. */
    default String string(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A binary literal. */
    default String bytes(byte[] value) {
        return "X'" + HexFormat.of().formatHex(value) + "'";
    }

    /** Where the sequences and identity columns stand, in a form {@link #restore} accepts. */
    default List<SequenceValue> sequences(Connection connection, DataOperations ops) throws SQLException {
        return ops.readSequences(connection);
    }

    /** Statements putting one sequence back at {@code value}, as read by {@link #sequences}. */
    List<String> restore(SequenceValue value, DataOperations ops);
}
