package io.shale.dialect.postgres;

import io.shale.dialect.data.DataGraph;
import io.shale.dialect.data.SequenceValue;
import io.shale.dialect.CatalogRows;
import io.shale.dialect.DataOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** PostgreSQL: one TRUNCATE for all tables, sequences by {@code setval}, drops by kind with CASCADE. */
public final class PostgresDataOperations implements DataOperations {
    /**
     * The current schema's sequences with the table owning each (an identity or serial column);
     * {@code %s} is the join to the owner: {@code LEFT JOIN} keeps free-standing sequences.
     */
    private static final String SEQUENCES = "FROM pg_sequences s JOIN pg_namespace n ON n.nspname = s.schemaname "
            + "JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.sequencename "
            + "%1$s pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass "
            + "AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
            + "%1$s pg_class t ON t.oid = d.refobjid "
            + "WHERE s.schemaname = current_schema()";
    /** The sequences owned by a table. */
    private static final String OWNED_SEQUENCES = SEQUENCES.formatted("JOIN");

    private static final String SCHEMA_OBJECT = "JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname = current_schema() ";
    private static final String NOT_EXTENSION_MEMBER =
            "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = %s AND d.deptype = 'e')";

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public DataGraph readGraph(Connection connection) throws SQLException {
        String tables = "SELECT c.relname FROM pg_class c " + SCHEMA_OBJECT
                + "AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname";
        String pks = "SELECT c.relname, a.attname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord) "
                + "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.attnum "
                + "WHERE k.contype = 'p' AND n.nspname = current_schema() ORDER BY c.relname, u.ord";
        String fks = "SELECT k.conname, c.relname, a.attname, p.relname, pa.attname, "
                + "CASE k.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' "
                + "WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END, NOT a.attnotnull "
                + "FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_namespace pn ON pn.oid = p.relnamespace "
                + "CROSS JOIN LATERAL unnest(k.conkey, k.confkey) WITH ORDINALITY AS u(ck, pk, ord) "
                + "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.ck "
                + "JOIN pg_attribute pa ON pa.attrelid = p.oid AND pa.attnum = u.pk "
                + "WHERE k.contype = 'f' AND n.nspname = current_schema() AND pn.nspname = current_schema() "
                + "ORDER BY c.relname, k.conname, u.ord";
        return CatalogRows.graph(connection, tables, pks, fks);
    }

    /**
     * Locks every table against writers, then truncates (restarting identities), in one statement,
     * only those that hold rows or own a sequence that has been used, and the tables that reference
     * them (PostgreSQL refuses to truncate a referenced table alone): {@code TRUNCATE} costs new files
     * per table whatever it holds, and between tests most tables are empty already. Runs in the
     * caller's transaction.
     */
    @Override
    public void empty(Connection connection, DataGraph graph, List<String> tables, ObjIntConsumer<String> emptied)
            throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        CatalogRows.execute(connection, "LOCK TABLE " + String.join(", ", tables.stream().map(this::quote).toList())
                + " IN SHARE MODE");
        java.util.Set<String> touched = new java.util.HashSet<>(CatalogRows.strings(connection,
                "SELECT DISTINCT t.relname " + OWNED_SEQUENCES + " AND s.last_value IS NOT NULL"));
        touched.addAll(tablesHoldingRows(connection, tables));
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(touched);
        while (!todo.isEmpty()) {
            for (var fk : graph.referencing(todo.pop())) {
                if (touched.add(fk.child())) {
                    todo.push(fk.child());
                }
            }
        }
        List<String> truncate = tables.stream().filter(touched::contains).toList();
        if (!truncate.isEmpty()) {
            CatalogRows.execute(connection, "TRUNCATE " + String.join(", ", truncate.stream().map(this::quote).toList())
                    + " RESTART IDENTITY");
        }
        emptied.accept(null, tables.size());
    }

    @Override
    public boolean emptyIsTransactional() {
        return true;
    }

    @Override
    public List<SequenceValue> readSequences(Connection connection) throws SQLException {
        return CatalogRows.sequences(connection, "SELECT quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename), "
                + "t.relname, CASE WHEN s.last_value IS NULL THEN s.start_value "
                + "ELSE s.last_value + s.increment_by END " + SEQUENCES.formatted("LEFT JOIN") + " ORDER BY 1");
    }

    @Override
    public void restoreSequences(Connection connection, List<SequenceValue> values) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT setval(?::regclass, ?, false)")) {
            for (SequenceValue v : values) {
                st.setString(1, v.sequence());
                st.setLong(2, v.next());
                st.execute();
            }
        }
    }

    @Override
    public String insertRow(String table, List<String> columns) {
        return DataOperations.super.insertRow(table, columns).replace(") VALUES (", ") OVERRIDING SYSTEM VALUE VALUES (");
    }

    /** Text goes untyped, so that enum, json and other columns read as text take it back. */
    @Override
    public void bindValue(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String) {
            statement.setObject(index, value, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public void bindText(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setObject(index, value, Types.OTHER);
    }

    @Override
    public List<String> createKeyTable(String keyTable, String source, List<String> columns) {
        String cols = String.join(", ", columns.stream().map(this::quote).toList());
        return List.of("CREATE TEMPORARY TABLE " + keyTable + " AS SELECT " + cols + " FROM " + quote(source)
                + " WITH NO DATA", "CREATE UNIQUE INDEX ON " + keyTable + " (" + cols + ")");
    }

    @Override
    public void dropAll(Connection connection, boolean extensions) throws SQLException {
        dropAllExcept(connection, extensions, java.util.Set.of());
    }

    /**
     * Keeps the tables named in {@code keep} with the sequences they own; a foreign key from a kept
     * table to a dropped one goes with the dropped table (CASCADE).
     */
    @Override
    public void dropAllExcept(Connection connection, boolean extensions, java.util.Set<String> keep) throws SQLException {
        String kept = keep.isEmpty() ? "TRUE" : "c.relname NOT IN (" + String.join(", ",
                keep.stream().map(k -> "'" + k.replace("'", "''") + "'").toList()) + ")";
        String notOwnedByKept = keep.isEmpty() ? "TRUE" : "NOT EXISTS (SELECT 1 FROM pg_depend od JOIN pg_class t "
                + "ON t.oid = od.refobjid WHERE od.objid = c.oid AND od.deptype IN ('a', 'i') AND "
                + kept.replace("c.relname NOT IN", "t.relname IN") + ")";
        List<String> drops = new ArrayList<>();
        if (extensions) {
            for (String ext : CatalogRows.strings(connection,
                    "SELECT quote_ident(extname) FROM pg_extension WHERE extname <> 'plpgsql'")) {
                drops.add("DROP EXTENSION IF EXISTS " + ext + " CASCADE");
            }
        }
        String notMember = String.format(NOT_EXTENSION_MEMBER, "c.oid");
        dropKind(connection, drops, "VIEW", "SELECT c.oid::regclass::text FROM pg_class c " + SCHEMA_OBJECT
                + "AND c.relkind = 'v' AND " + notMember);
        dropKind(connection, drops, "MATERIALIZED VIEW", "SELECT c.oid::regclass::text FROM pg_class c "
                + SCHEMA_OBJECT + "AND c.relkind = 'm' AND " + notMember);
        dropKind(connection, drops, "TABLE", "SELECT c.oid::regclass::text FROM pg_class c " + SCHEMA_OBJECT
                + "AND c.relkind IN ('r', 'p', 'f') AND " + notMember + " AND " + kept);
        dropKind(connection, drops, "SEQUENCE", "SELECT c.oid::regclass::text FROM pg_class c " + SCHEMA_OBJECT
                + "AND c.relkind = 'S' AND " + notMember + " AND " + notOwnedByKept);
        String routines = "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                + "WHERE n.nspname = current_schema() AND p.prokind = '%s' AND "
                + String.format(NOT_EXTENSION_MEMBER, "p.oid");
        dropKind(connection, drops, "FUNCTION", String.format(routines, "f"));
        dropKind(connection, drops, "PROCEDURE", String.format(routines, "p"));
        dropKind(connection, drops, "AGGREGATE", String.format(routines, "a"));
        String types = "SELECT t.oid::regtype::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                + "WHERE n.nspname = current_schema() AND t.typtype = '%s' AND "
                + "(t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c') AND "
                + String.format(NOT_EXTENSION_MEMBER, "t.oid");
        dropKind(connection, drops, "DOMAIN", String.format(types, "d"));
        dropKind(connection, drops, "TYPE", String.format(types, "e") + " UNION ALL " + String.format(types, "c")
                + " UNION ALL " + String.format(types, "r"));
        CatalogRows.execute(connection, drops.toArray(new String[0]));
    }

    /** Lists the objects of one kind first, so the DROPs are fixed before any runs. */
    private static void dropKind(Connection connection, List<String> drops, String kind, String query)
            throws SQLException {
        List<String> names = CatalogRows.strings(connection, query);
        if (!names.isEmpty()) {
            drops.add("DROP " + kind + " IF EXISTS " + String.join(", ", names) + " CASCADE");
        }
    }

    @Override
    public String maintenanceDatabase() {
        return "postgres";
    }

    @Override
    public boolean supportsTemplates() {
        return true;
    }

    @Override
    public List<String> databasesNamed(Connection admin, String prefix) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement(
                "SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY datname")) {
            ps.setString(1, prefix);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** {@code WITH (FORCE)} ends the other sessions (PostgreSQL 13+); a template copy is a file copy. */
    @Override
    public void recreateDatabase(Connection admin, String name, String template) throws SQLException {
        awaitClosingSessions(admin, name);
        try (java.sql.Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + quote(name) + (template == null ? "" : " TEMPLATE " + quote(template)));
        }
    }

    /**
     * Gives sessions that are already ending (the caller's own, just closed) a moment to go before a
     * drop: {@code DROP DATABASE ... WITH (FORCE)} signals every session and then re-checks in steps
     * of 100 ms, so dropping while a closed session is still on its way out costs 100 ms. Waits at
     * most 200 ms; sessions still there then (someone else's) are ended by the drop.
     */
    private static void awaitClosingSessions(Connection admin, String name) throws SQLException {
        long deadline = System.nanoTime() + 200_000_000L;
        try (PreparedStatement ps = admin.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            ps.setString(1, name);
            while (System.nanoTime() < deadline) {
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getLong(1) == 0) {
                        return;
                    }
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void createDatabase(Connection admin, String name, String template) throws SQLException {
        try (java.sql.Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + quote(name) + (template == null ? "" : " TEMPLATE " + quote(template)));
        }
    }

    /** A rename is a catalog update: instant, whatever the database holds. */
    @Override
    public void replaceDatabase(Connection admin, String name, String replacement) throws SQLException {
        awaitClosingSessions(admin, name);
        try (java.sql.Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
            st.execute("ALTER DATABASE " + quote(replacement) + " RENAME TO " + quote(name));
        }
    }

    @Override
    public void dropDatabase(Connection admin, String name) throws SQLException {
        try (java.sql.Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        }
    }
}
