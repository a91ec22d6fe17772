package io.shale.dialect.postgres;

import io.shale.dialect.LockKeys;
import io.shale.dialect.HeldLock;
import io.shale.dialect.LockWait;
import io.shale.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A session-level {@code pg_advisory_lock}. It is taken outside any transaction, so a
 * {@code CREATE INDEX CONCURRENTLY} run by the same session does not wait for it, and it is
 * released by the server when the session ends, however the migrator died.
 */
final class PostgresLock implements MigrationLock {
    private static final String HOLDER_QUERY = "SELECT a.pid, a.client_addr, a.application_name, a.backend_start "
            + "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            + "WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ? "
            + "AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    @Override
    public Held acquire(Connection connection, ConnectionOpener opener, Target target, Duration timeout,
                        Consumer<String> waiting) throws SQLException {
        String name = target.name();
        long key = LockKeys.fnv64(name);
        LockWait.Result result = LockWait.poll(
                () -> bool(connection, "SELECT pg_try_advisory_lock(?)", key),
                () -> holder(connection, key), name, timeout, waiting);
        return new HeldLock(result, () -> {
            if (!connection.isClosed()) {
                bool(connection, "SELECT pg_advisory_unlock(?)", key);
            }
        });
    }

    private static boolean bool(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static String holder(Connection connection, long key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(HOLDER_QUERY)) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String client = rs.getString(2);
                String app = rs.getString(3);
                return "PostgreSQL backend pid " + rs.getInt(1)
                        + (client == null ? " (local socket)" : " from " + client)
                        + (app == null || app.isEmpty() ? "" : ", application '" + app + "'")
                        + ", connected since " + rs.getTimestamp(4).toInstant();
            }
        }
    }
}
