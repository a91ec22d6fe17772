package io.shale.dialect.sqlite;

import io.shale.dialect.data.DataGraph;
import io.shale.dialect.data.SequenceValue;
import io.shale.dialect.CatalogRows;
import io.shale.dialect.DataOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * SQLite: the catalog through the {@code pragma_*} table-valued functions joined to
 * {@code sqlite_schema}; DELETE with foreign keys deferred to the commit; AUTOINCREMENT counters in
 * {@code sqlite_sequence}.
 */
public final class SqliteDataOperations implements DataOperations {
    private static final String USER_TABLES = "FROM sqlite_schema m WHERE m.type = 'table' "
            + "AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ";

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public DataGraph readGraph(Connection connection) throws SQLException {
        String tables = "SELECT m.name " + USER_TABLES + "ORDER BY m.name";
        String pks = "SELECT m.name, p.name FROM sqlite_schema m JOIN pragma_table_info(m.name) p "
                + "WHERE m.type = 'table' AND p.pk > 0 ORDER BY m.name, p.pk";
        String fks = "SELECT 'fk' || f.id, m.name, f.\"from\", f.\"table\", f.\"to\", f.on_delete, "
                + "NOT COALESCE(c.\"notnull\", 0) FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f "
                + "LEFT JOIN pragma_table_info(m.name) c ON c.name = f.\"from\" "
                + "WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq";
        return CatalogRows.graph(connection, tables, pks, fks);
    }

    /** Runs inside the caller's transaction; deferring the keys lets the tables go in any order. */
    @Override
    public void empty(Connection connection, DataGraph graph, List<String> tables, ObjIntConsumer<String> emptied)
            throws SQLException {
        CatalogRows.execute(connection, "PRAGMA defer_foreign_keys = ON");
        int done = 0;
        for (String t : tables) {
            CatalogRows.execute(connection, "DELETE FROM " + quote(t));
            emptied.accept(t, ++done);
        }
        if (hasSequenceTable(connection)) {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM sqlite_sequence WHERE name = ?")) {
                for (String t : tables) {
                    st.setString(1, t);
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
    }

    @Override
    public boolean emptyIsTransactional() {
        return true;
    }

    @Override
    public List<SequenceValue> readSequences(Connection connection) throws SQLException {
        if (!hasSequenceTable(connection)) {
            return List.of();
        }
        return CatalogRows.sequences(connection, "SELECT name, name, seq + 1 FROM sqlite_sequence ORDER BY name");
    }

    @Override
    public void restoreSequences(Connection connection, List<SequenceValue> values) throws SQLException {
        if (values.isEmpty() || !hasSequenceTable(connection)) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sqlite_sequence WHERE name = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
            for (SequenceValue v : values) {
                delete.setString(1, v.sequence());
                delete.executeUpdate();
                insert.setString(1, v.sequence());
                insert.setLong(2, v.next() - 1);
                insert.executeUpdate();
            }
        }
    }

    @Override
    public boolean enforcesForeignKeys(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    @Override
    public List<String> createKeyTable(String keyTable, String source, List<String> columns) {
        String cols = String.join(", ", columns.stream().map(this::quote).toList());
        return List.of("CREATE TEMP TABLE " + keyTable + " AS SELECT " + cols + " FROM " + quote(source) + " WHERE 0",
                "CREATE UNIQUE INDEX temp." + keyTable + "_key ON " + keyTable + " (" + cols + ")");
    }

    @Override
    public String dropKeyTable(String keyTable) {
        return "DROP TABLE IF EXISTS temp." + keyTable;
    }

    @Override
    public void dropAll(Connection connection, boolean extensions) throws SQLException {
        dropAllExcept(connection, extensions, java.util.Set.of());
    }

    /** Keeps the tables in {@code keep} with their indexes and triggers (they go with their table in SQLite). */
    @Override
    public void dropAllExcept(Connection connection, boolean extensions, java.util.Set<String> keep) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT type, name FROM sqlite_schema WHERE type IN "
                        + "('view', 'trigger', 'table') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                        + "ORDER BY CASE type WHEN 'trigger' THEN 0 WHEN 'view' THEN 1 ELSE 2 END, name")) {
            while (rs.next()) {
                if (keep.contains(rs.getString(2)) || (rs.getString(1).equals("trigger")
                        && keep.contains(triggerTable(connection, rs.getString(2))))) {
                    continue;
                }
                drops.add("DROP " + rs.getString(1).toUpperCase(java.util.Locale.ROOT) + " IF EXISTS "
                        + quote(rs.getString(2)));
            }
        }
        if (hasSequenceTable(connection)) {
            drops.add("DELETE FROM sqlite_sequence" + (keep.isEmpty() ? "" : " WHERE name NOT IN (" + String.join(", ",
                    keep.stream().map(k -> "'" + k.replace("'", "''") + "'").toList()) + ")"));
        }
        boolean enforced = enforcesForeignKeys(connection);
        CatalogRows.execute(connection, "PRAGMA foreign_keys = OFF");
        try {
            CatalogRows.execute(connection, drops.toArray(new String[0]));
        } finally {
            if (enforced) {
                CatalogRows.execute(connection, "PRAGMA foreign_keys = ON");
            }
        }
    }

    private static String triggerTable(Connection connection, String trigger) throws SQLException {
        try (var ps = connection.prepareStatement("SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name = ?")) {
            ps.setString(1, trigger);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static boolean hasSequenceTable(Connection connection) throws SQLException {
        return !CatalogRows.strings(connection,
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_sequence'").isEmpty();
    }
}
