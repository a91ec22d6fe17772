package io.shale.data.synthetic;

import io.shale.dialect.DataOperations;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * One generated value: SQL NULL, a text the server converts to the column's type, bytes for a
 * binary column, or a value read back from the database (a parent's key).
 */
public record Cell(Kind kind, Object value) {
    public enum Kind { NULL, TEXT, BYTES, READ }

    public static final Cell NULL = new Cell(Kind.NULL, null);

    public static Cell text(String text) {
        return new Cell(Kind.TEXT, text);
    }

    public static Cell bytes(String content) {
        return new Cell(Kind.BYTES, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Cell read(Object value) {
        return value == null ? NULL : new Cell(Kind.READ, value);
    }

    void bind(DataOperations ops, PreparedStatement ps, int index) throws SQLException {
        switch (kind) {
            case NULL -> ps.setNull(index, Types.NULL);
            case TEXT -> ops.bindText(ps, index, (String) value);
            case BYTES -> ps.setBytes(index, (byte[]) value);
            case READ -> ops.bindValue(ps, index, value);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** How a report shows it: long texts shortened, NULL spelled out. */
    public String shown() {
        if (kind == Kind.NULL) {
            return "NULL";
        }
        String s = kind == Kind.BYTES ? "<" + ((byte[]) value).length + " bytes>" : String.valueOf(value);
        if (kind == Kind.TEXT || kind == Kind.READ && value instanceof String) {
            s = s.length() > 24 ? "'" + s.substring(0, 12) + "...' (" + s.length() + " chars)" : "'" + s + "'";
        }
        return s;
    }
}
