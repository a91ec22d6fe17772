package io.shale.dialect.mysql;

import io.shale.dialect.data.DataGraph;
import io.shale.dialect.data.SequenceValue;
import io.shale.dialect.CatalogRows;
import io.shale.dialect.DataOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * MySQL/MariaDB: TRUNCATE (which commits) with the session's foreign key checks off, AUTO_INCREMENT
 * counters by ALTER TABLE, and key tables that are TEMPORARY (which MySQL lets a query name only
 * once, hence INSERT IGNORE instead of NOT EXISTS).
 */
public final class MySqlDataOperations implements DataOperations {

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public DataGraph readGraph(Connection connection) throws SQLException {
        String tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name";
        String pks = "SELECT table_name, column_name FROM information_schema.key_column_usage "
                + "WHERE table_schema = DATABASE() AND constraint_name = 'PRIMARY' ORDER BY table_name, ordinal_position";
        String fks = "SELECT k.constraint_name, k.table_name, k.column_name, k.referenced_table_name, "
                + "k.referenced_column_name, r.delete_rule, c.is_nullable = 'YES' "
                + "FROM information_schema.key_column_usage k "
                + "JOIN information_schema.referential_constraints r ON r.constraint_schema = k.constraint_schema "
                + "AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name "
                + "JOIN information_schema.columns c ON c.table_schema = k.table_schema AND c.table_name = k.table_name "
                + "AND c.column_name = k.column_name "
                + "WHERE k.table_schema = DATABASE() AND k.referenced_table_schema = DATABASE() "
                + "ORDER BY k.table_name, k.constraint_name, k.ordinal_position";
        return CatalogRows.graph(connection, tables, pks, fks);
    }

    @Override
    public void empty(Connection connection, DataGraph graph, List<String> tables, ObjIntConsumer<String> emptied)
            throws SQLException {
        CatalogRows.execute(connection, "SET FOREIGN_KEY_CHECKS = 0");
        try {
            int done = 0;
            for (String t : tables) {
                CatalogRows.execute(connection, "TRUNCATE TABLE " + quote(t));
                emptied.accept(t, ++done);
            }
        } finally {
            CatalogRows.execute(connection, "SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    @Override
    public boolean emptyIsTransactional() {
        return false;
    }

    @Override
    public List<SequenceValue> readSequences(Connection connection) throws SQLException {
        return CatalogRows.sequences(connection, "SELECT table_name, table_name, auto_increment "
                + "FROM information_schema.tables WHERE table_schema = DATABASE() AND auto_increment IS NOT NULL "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name");
    }

    @Override
    public void restoreSequences(Connection connection, List<SequenceValue> values) throws SQLException {
        for (SequenceValue v : values) {
            CatalogRows.execute(connection, "ALTER TABLE " + quote(v.sequence()) + " AUTO_INCREMENT = " + v.next());
        }
    }

    @Override
    public List<String> createKeyTable(String keyTable, String source, List<String> columns) {
        String cols = String.join(", ", columns.stream().map(this::quote).toList());
        return List.of("CREATE TEMPORARY TABLE " + keyTable + " AS SELECT " + cols + " FROM " + quote(source)
                + " WHERE 1 = 0", "ALTER TABLE " + keyTable + " ADD UNIQUE (" + cols + ")");
    }

    @Override
    public String dropKeyTable(String keyTable) {
        return "DROP TEMPORARY TABLE IF EXISTS " + keyTable;
    }

    @Override
    public void dropAll(Connection connection, boolean extensions) throws SQLException {
        dropAllExcept(connection, extensions, java.util.Set.of());
    }

    @Override
    public void dropAllExcept(Connection connection, boolean extensions, java.util.Set<String> keep) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> views = CatalogRows.strings(connection, "SELECT table_name FROM information_schema.views "
                + "WHERE table_schema = DATABASE()");
        if (!views.isEmpty()) {
            drops.add("DROP VIEW IF EXISTS " + String.join(", ", views.stream().map(this::quote).toList()));
        }
        List<String> tables = CatalogRows.strings(connection, "SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type IN ('BASE TABLE', 'SYSTEM VERSIONED')")
                .stream().filter(t -> !keep.contains(t)).toList();
        if (!tables.isEmpty()) {
            drops.add("DROP TABLE IF EXISTS " + String.join(", ", tables.stream().map(this::quote).toList()));
        }
        for (String seq : CatalogRows.strings(connection, "SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'SEQUENCE'")) {
            drops.add("DROP SEQUENCE IF EXISTS " + quote(seq));
        }
        try (var st = connection.createStatement();
                var rs = st.executeQuery("SELECT routine_type, routine_name FROM information_schema.routines "
                        + "WHERE routine_schema = DATABASE()")) {
            while (rs.next()) {
                drops.add("DROP " + rs.getString(1) + " IF EXISTS " + quote(rs.getString(2)));
            }
        }
        for (String event : CatalogRows.strings(connection, "SELECT event_name FROM information_schema.events "
                + "WHERE event_schema = DATABASE()")) {
            drops.add("DROP EVENT IF EXISTS " + quote(event));
        }
        CatalogRows.execute(connection, "SET FOREIGN_KEY_CHECKS = 0");
        try {
            CatalogRows.execute(connection, drops.toArray(new String[0]));
        } finally {
            CatalogRows.execute(connection, "SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    @Override
    public String maintenanceDatabase() {
        return "mysql";
    }

    @Override
    public void createDatabase(Connection admin, String name, String template) throws SQLException {
        if (template != null) {
            throw new UnsupportedOperationException("MySQL/MariaDB have no template databases");
        }
        try (java.sql.Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + quote(name));
        }
    }

    @Override
    public void recreateDatabase(Connection admin, String name, String template) throws SQLException {
        if (template != null) {
            throw new UnsupportedOperationException("MySQL/MariaDB have no template databases");
        }
        try (java.sql.Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + quote(name));
            st.execute("CREATE DATABASE " + quote(name));
        }
    }

    @Override
    public void dropDatabase(Connection admin, String name) throws SQLException {
        try (java.sql.Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + quote(name));
        }
    }
}
