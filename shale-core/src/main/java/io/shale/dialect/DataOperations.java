package io.shale.dialect;

import io.shale.dialect.data.DataGraph;
import io.shale.dialect.data.SequenceValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * The SQL one engine supplies to the data commands (clear, reset, purge, reference data). Every
 * method works on the connection's current schema (database, for MySQL) and reads the catalog with
 * a few set-based queries, never one query per table.
 */
public interface DataOperations {

    /** An identifier as the engine reads it quoted, its case kept. */
    String quote(String identifier);

    /** The base tables, their primary keys and the foreign keys between them. */
    DataGraph readGraph(Connection connection) throws SQLException;

    /**
     * Empties {@code tables} (all in {@code graph}) and restarts the sequences and identity columns
     * that number them. {@code emptied} hears each table as it is emptied with how many are empty so
     * far; where one statement empties them all (PostgreSQL's {@code TRUNCATE}) it hears once, with
     * the count of all and a null table.
     */
    void empty(Connection connection, DataGraph graph, List<String> tables, ObjIntConsumer<String> emptied)
            throws SQLException;

    /** Whether {@link #empty} takes part in the caller's transaction (false where it commits implicitly). */
    boolean emptyIsTransactional();

    /** Every sequence and identity column of the schema, with the table it numbers where known. */
    List<SequenceValue> readSequences(Connection connection) throws SQLException;

    /** Sets each sequence so that it hands out {@link SequenceValue#next()} next. */
    void restoreSequences(Connection connection, List<SequenceValue> values) throws SQLException;

    /** An INSERT of all {@code columns} with one parameter each, accepting explicit identity values. */
    default String insertRow(String table, List<String> columns) {
        return "INSERT INTO " + quote(table) + " (" + String.join(", ", columns.stream().map(this::quote).toList())
                + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    /** Binds a value read from another database of the same engine. */
    default void bindValue(PreparedStatement statement, int index, Object value) throws SQLException {
        statement.setObject(index, value);
    }

    /** Binds a user-typed parameter value, letting the server infer its type where it can. */
    default void bindText(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setString(index, value);
    }

    /**
     * Whether the database itself carries out ON DELETE CASCADE / SET NULL (false for SQLite with
     * {@code PRAGMA foreign_keys} off, where Shale must do it).
     */
    default boolean enforcesForeignKeys(Connection connection) throws SQLException {
        return true;
    }

    /** Statements creating an empty session-private key table with {@code columns} of {@code source}, unique. */
    List<String> createKeyTable(String keyTable, String source, List<String> columns);

    default String dropKeyTable(String keyTable) {
        return "DROP TABLE IF EXISTS " + keyTable;
    }

    /**
     * Drops every object of the managed schema: tables, views, sequences, types, routines, and
     * extensions when {@code extensions} is set.
     */
    void dropAll(Connection connection, boolean extensions) throws SQLException;

    /**
     * Like {@link #dropAll}, but leaves the tables in {@code keep} (names as the inspector reports
     * them, in the current schema) and what they own (their sequences, indexes, triggers) in place.
     *
     * @throws UnsupportedOperationException on an engine that cannot drop selectively
     */
    default void dropAllExcept(Connection connection, boolean extensions, java.util.Set<String> keep) throws SQLException {
        throw new UnsupportedOperationException("this engine cannot drop every object but some tables");
    }

    /**
     * The database an administrative connection uses to create and drop others on the same server
     * ({@code postgres}, {@code mysql}); null where databases are files or memory.
     */
    default String maintenanceDatabase() {
        return null;
    }

    /** Whether {@code CREATE DATABASE ... TEMPLATE} copies a database (PostgreSQL). */
    default boolean supportsTemplates() {
        return false;
    }

    /** The databases of the server whose names start with {@code prefix}. */
    default List<String> databasesNamed(Connection admin, String prefix) throws SQLException {
        throw new UnsupportedOperationException("no server databases on this engine");
    }

    /** Drops {@code name} (ending its other sessions first where the engine allows) and creates it again, empty or as a copy of {@code template}. */
    default void recreateDatabase(Connection admin, String name, String template) throws SQLException {
        throw new UnsupportedOperationException("databases cannot be recreated on this engine");
    }

    /** Creates {@code name} as a copy of {@code template}; fails if it exists. */
    default void createDatabase(Connection admin, String name, String template) throws SQLException {
        throw new UnsupportedOperationException("databases cannot be created on this engine");
    }

    /** Drops {@code name} (ending its other sessions first) and gives database {@code replacement} its name. */
    default void replaceDatabase(Connection admin, String name, String replacement) throws SQLException {
        throw new UnsupportedOperationException("databases cannot be renamed on this engine");
    }

    /**
     * The ones of {@code tables} that hold at least one row, asked in one statement per hundred
     * tables: a fresh database leaves most tables empty, and a query per table would be a round trip each.
     */
    default java.util.Set<String> tablesHoldingRows(Connection connection, List<String> tables) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int from = 0; from < tables.size(); from += 100) {
            List<String> part = tables.subList(from, Math.min(tables.size(), from + 100));
            StringBuilder sql = new StringBuilder("SELECT ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("CASE WHEN EXISTS (SELECT 1 FROM ").append(quote(part.get(i)))
                        .append(") THEN 1 ELSE 0 END");
            }
            try (java.sql.Statement st = connection.createStatement();
                    java.sql.ResultSet rs = st.executeQuery(sql.toString())) {
                rs.next();
                for (int i = 0; i < part.size(); i++) {
                    if (rs.getInt(i + 1) == 1) {
                        out.add(part.get(i));
                    }
                }
            }
        }
        return out;
    }

    /** Drops {@code name} if it exists. */
    default void dropDatabase(Connection admin, String name) throws SQLException {
        throw new UnsupportedOperationException("no server databases on this engine");
    }
}
