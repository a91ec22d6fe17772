package io.shale.dialect.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The four set-based queries the SQLite inspector runs per schema: the schema table itself, and the
 * table-valued pragma functions joined with it, so the number of queries does not grow with the
 * number of tables. SQLite's internal tables ({@code sqlite_%}) and virtual tables (whose module may
 * not be loaded) are left out of the pragma queries.
 */
final class SqliteInspectRows {

    /**
     * One row of {@code sqlite_schema}, with what {@code pragma_table_list} says of tables (called with
     * the table's name: joined unfiltered it would list every table once per row).
     */
    record Entry(String type, String name, String table, String sql, String tableType, boolean withoutRowid,
                 boolean strict) {
    }

    record ColumnRow(String table, int cid, String name, String type, boolean notNull, String defaultValue, int pk,
                     int hidden) {
    }

    /** One key column of an index ({@code cid} -2 for an expression). */
    record IndexRow(String table, String index, boolean unique, String origin, boolean partial, int seqno, int cid,
                    String column, boolean descending) {
    }

    /** {@code to} is null when the constraint references the parent's primary key implicitly. */
    record ForeignKeyRow(String table, int id, int seq, String refTable, String from, String to, String onUpdate,
                         String onDelete) {
    }

    private static final String USER_TABLES = " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            + " AND coalesce(m.sql, '') NOT LIKE 'CREATE VIRTUAL%'";

    private SqliteInspectRows() {
    }

    static List<Entry> entries(Connection connection, String schema) throws SQLException {
        String sql = "SELECT m.type, m.name, m.tbl_name, m.sql, l.type, l.wr, l.strict FROM " + quote(schema)
                + ".sqlite_schema m LEFT JOIN pragma_table_list(m.name) l ON l.schema = ?"
                + " WHERE m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
        List<Entry> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new Entry(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getInt(6) == 1, r.getInt(7) == 1));
                }
            }
        }
        return rows;
    }

    static List<ColumnRow> columns(Connection connection, String schema) throws SQLException {
        String sql = "SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden FROM "
                + quote(schema) + ".sqlite_schema m JOIN pragma_table_xinfo(m.name, ?) p" + USER_TABLES;
        List<ColumnRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new ColumnRow(r.getString(1), r.getInt(2), r.getString(3), r.getString(4),
                            r.getInt(5) == 1, r.getString(6), r.getInt(7), r.getInt(8)));
                }
            }
        }
        return rows;
    }

    static List<IndexRow> indexes(Connection connection, String schema) throws SQLException {
        String sql = "SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, x.seqno, x.cid, x.name, x.\"desc\""
                + " FROM " + quote(schema) + ".sqlite_schema m JOIN pragma_index_list(m.name, ?) il"
                + " JOIN pragma_index_xinfo(il.name, ?) x" + USER_TABLES + " AND x.key = 1";
        List<IndexRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            statement.setString(2, schema);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new IndexRow(r.getString(1), r.getString(2), r.getInt(3) == 1, r.getString(4),
                            r.getInt(5) == 1, r.getInt(6), r.getInt(7), r.getString(8), r.getInt(9) == 1));
                }
            }
        }
        return rows;
    }

    static List<ForeignKeyRow> foreignKeys(Connection connection, String schema) throws SQLException {
        String sql = "SELECT m.name, p.id, p.seq, p.\"table\", p.\"from\", p.\"to\", p.on_update, p.on_delete FROM "
                + quote(schema) + ".sqlite_schema m JOIN pragma_foreign_key_list(m.name, ?) p" + USER_TABLES;
        List<ForeignKeyRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new ForeignKeyRow(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
                }
            }
        }
        return rows;
    }

    /** The attached databases' names ({@code main}, {@code temp} and any {@code ATTACH}ed). */
    static List<String> databases(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM pragma_database_list");
                ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
