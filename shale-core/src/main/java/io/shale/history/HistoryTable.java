package io.shale.history;

import io.shale.dialect.Dialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the history table ({@code shale_history}) and the meta table
 * ({@code shale_meta}). Table names come from validated configuration and are never quoted, so
 * they fold to each engine's default case like the user's own unquoted names.
 */
public final class HistoryTable {
    private static final String COLUMNS =
            "version, name, checksum, kind, applied_at, applied_by, execution_ms, success, error";

    private final Dialect dialect;
    private final String table;
    private final String metaTable;

    public HistoryTable(Dialect dialect, String table, String metaTable) {
        this.dialect = dialect;
        this.table = table;
        this.metaTable = metaTable;
    }

    public String table() {
        return table;
    }

    public String metaTable() {
        return metaTable;
    }

    /** The rows in version order, or empty when the table does not exist yet (nothing was ever applied). */
    public Optional<List<AppliedMigration>> readIfExists(Connection connection) throws SQLException {
        if (dialect.tableCertainlyMissing(connection, table)) {
            return Optional.empty();
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM " + table + " ORDER BY version")) {
            List<AppliedMigration> rows = new ArrayList<>();
            while (rs.next()) {
                Timestamp at = rs.getTimestamp(5);
                rows.add(new AppliedMigration(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        at == null ? null : at.toInstant(), rs.getString(6), rs.getLong(7), rs.getBoolean(8),
                        rs.getString(9)));
            }
            return Optional.of(rows);
        } catch (SQLException e) {
            if (dialect.isMissingTable(e)) {
                recoverAfterError(connection);
                return Optional.empty();
            }
            throw new ShaleException(ErrorCode.HISTORY_TABLE_INVALID,
                    "Could not read the history table " + table + ": " + e.getMessage(),
                    "check that " + table + " was created by Shale, or set history-table: in shale.yaml", e);
        }
    }

    /** The list of rows, empty when the table does not exist. */
    public List<AppliedMigration> read(Connection connection) throws SQLException {
        return readIfExists(connection).orElse(List.of());
    }

    /** Creates the history and meta tables if they are missing. */
    public void ensureExists(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(dialect.createHistoryTable(table));
            st.execute(dialect.createMetaTable(metaTable));
        }
    }

    /** The DDL that {@link #ensureExists} runs, for dry-run scripts. */
    public List<String> creationDdl() {
        return List.of(dialect.createHistoryTable(table), dialect.createMetaTable(metaTable));
    }

    /** Prepares the insert used once per applied migration; close it after the run. */
    public PreparedStatement prepareInsert(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    public static void insert(PreparedStatement insert, AppliedMigration row) throws SQLException {
        insert.setInt(1, row.version());
        insert.setString(2, row.name());
        insert.setString(3, row.checksum());
        insert.setString(4, row.kind());
        insert.setTimestamp(5, Timestamp.from(row.appliedAt()));
        insert.setString(6, row.appliedBy());
        insert.setLong(7, row.executionMs());
        insert.setBoolean(8, row.success());
        insert.setString(9, row.error());
        insert.executeUpdate();
    }

    public void insert(Connection connection, AppliedMigration row) throws SQLException {
        try (PreparedStatement ps = prepareInsert(connection)) {
            insert(ps, row);
        }
    }

    public void delete(Connection connection, int version) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE version = ?")) {
            ps.setInt(1, version);
            ps.executeUpdate();
        }
    }

    /** Turns an in-progress or failed record into a successful one. */
    public void markSucceeded(Connection connection, int version, long executionMs) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE " + table + " SET success = ?, error = NULL, execution_ms = ? WHERE version = ?")) {
            ps.setBoolean(1, true);
            ps.setLong(2, executionMs);
            ps.setInt(3, version);
            ps.executeUpdate();
        }
    }

    /** Marks a record failed with {@code error}, the detail shown by status and repair. */
    public void markFailed(Connection connection, int version, String error) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE " + table + " SET success = ?, error = ? WHERE version = ?")) {
            ps.setBoolean(1, false);
            ps.setString(2, error);
            ps.setInt(3, version);
            ps.executeUpdate();
        }
    }

    public void updateChecksum(Connection connection, int version, String checksum) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE " + table + " SET checksum = ? WHERE version = ?")) {
            ps.setString(1, checksum);
            ps.setInt(2, version);
            ps.executeUpdate();
        }
    }

    /** The recorded execution time of each successful version in {@code from..to}. */
    public Map<Integer, Long> executionMillis(Connection connection, int from, int to) throws SQLException {
        Map<Integer, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT version, execution_ms FROM " + table
                + " WHERE version BETWEEN ? AND ? AND success = " + dialect.booleanLiteral(true) + " ORDER BY version")) {
            ps.setInt(1, from);
            ps.setInt(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** All meta rows; empty when the meta table does not exist. */
    public Map<String, String> readMeta(Connection connection) throws SQLException {
        return readMetaIfExists(connection).orElse(Map.of());
    }

    /** All meta rows, or empty when the meta table does not exist. */
    public Optional<Map<String, String>> readMetaIfExists(Connection connection) throws SQLException {
        if (dialect.tableCertainlyMissing(connection, metaTable)) {
            return Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT meta_key, meta_value FROM " + metaTable)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return Optional.of(out);
        } catch (SQLException e) {
            if (!dialect.isMissingTable(e)) {
                throw e;
            }
            recoverAfterError(connection);
            return Optional.empty();
        }
    }

    /** Writes {@code value} under {@code key} unless a value is there already. */
    public void putMetaIfAbsent(Connection connection, Map<String, String> existing, String key, String value)
            throws SQLException {
        if (existing.containsKey(key)) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO " + metaTable + " (meta_key, meta_value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** Sets {@code key} to {@code value}, replacing any value. */
    public void putMeta(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM " + metaTable + " WHERE meta_key = ?")) {
            del.setString(1, key);
            del.executeUpdate();
        }
        putMetaIfAbsent(connection, Map.of(), key, value);
    }

    private static void recoverAfterError(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
