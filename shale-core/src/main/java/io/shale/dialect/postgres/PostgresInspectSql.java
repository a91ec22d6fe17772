package io.shale.dialect.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the inspector's catalog queries, each taking the schema names as its one {@code text[]} parameter. */
final class PostgresInspectSql {

    /** Excludes objects of a catalog {@code classid} that belong to an extension; {@code %s} is the object's oid. */
    static final String NOT_FROM_EXTENSION = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend ext"
            + " WHERE ext.classid = '%s'::regclass AND ext.objid = %s AND ext.deptype = 'e')";

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private PostgresInspectSql() {
    }

    /**
     * The type of attribute {@code a} (a column's, or a composite type's), as Shale names it so that it
     * does not depend on the search path: a built-in one by {@code format_type}, any other quoted and
     * qualified, with {@code []} per array dimension. Needs {@code et} (the element type of an array,
     * else null), {@code b} (the element or the type itself) and {@code bn} (its namespace).
     */
    static final String ATTRIBUTE_TYPE = """
            CASE WHEN bn.nspname = 'pg_catalog' THEN pg_catalog.format_type(a.atttypid, a.atttypmod)
                 ELSE pg_catalog.quote_ident(bn.nspname) || '.' || pg_catalog.quote_ident(b.typname)
                      || repeat('[]', CASE WHEN et.oid IS NULL THEN 0 ELSE GREATEST(a.attndims, 1) END)
                 END""";

    /**
     * The collation of attribute {@code a} when it is not the default of its type {@code type} (an
     * alias of {@code pg_type}): a {@code pg_catalog} one by name, any other quoted and qualified
     * ({@code "public"."numeric"}), as {@link PostgresRenderNames#collation} writes it. Needs {@code co}
     * (the collation) and {@code con} (its namespace).
     */
    static String attributeCollation(String type) {
        return """
                CASE WHEN a.attcollation <> 0 AND a.attcollation <> %s.typcollation THEN
                     CASE WHEN con.nspname = 'pg_catalog' THEN co.collname
                          ELSE '"' || replace(con.nspname, '"', '""') || '"."' || replace(co.collname, '"', '""') || '"'
                          END END""".formatted(type);
    }

    static String notFromExtension(String catalog, String oid) {
        return String.format(NOT_FROM_EXTENSION, catalog, oid);
    }

    static <T> List<T> query(Connection connection, String sql, List<String> schemas, Row<T> row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (sql.contains("?")) {
                Array array = connection.createArrayOf("text", schemas.toArray());
                statement.setArray(1, array);
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

    /** A {@code text[]} or {@code name[]} column as a list (elements may be null). */
    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> result = new ArrayList<>(values.length);
        for (Object value : values) {
            result.add(value == null ? null : value.toString());
        }
        return result;
    }

    /** An {@code int2[]}/{@code int4[]} column as a list. */
    static List<Integer> ints(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(v -> ((Number) v).intValue()).toList();
    }

    /** The column as an Integer, null when SQL NULL. */
    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
