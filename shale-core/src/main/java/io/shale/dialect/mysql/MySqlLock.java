package io.shale.dialect.mysql;

import io.shale.dialect.LockKeys;
import io.shale.dialect.HeldLock;
import io.shale.dialect.LockWait;
import io.shale.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A named {@code GET_LOCK}: held by the session, released by the server when the session ends. On a
 * Galera cluster {@code GET_LOCK} is local to one node, so there the lock is a lease row the cluster
 * certifies ({@link GaleraLeaseLock}).
 */
final class MySqlLock implements MigrationLock {

    @Override
    public Held acquire(Connection connection, ConnectionOpener opener, Target target, Duration timeout,
                        Consumer<String> waiting) throws SQLException {
        String name = target.name();
        Optional<GaleraNode> galera = GaleraNode.detect(connection);
        if (galera.isPresent()) {
            galera.get().requireMigratable(name);
            return new GaleraLeaseLock().acquire(connection, opener, target, galera.get(), timeout, waiting);
        }
        String lockName = "shale_" + Long.toHexString(LockKeys.fnv64(name));
        LockWait.Result result = LockWait.poll(
                () -> intValue(connection, "SELECT GET_LOCK(?, 0)", lockName) == 1,
                () -> holder(connection, lockName), name, timeout, waiting);
        return new HeldLock(result, () -> {
            if (!connection.isClosed()) {
                intValue(connection, "SELECT RELEASE_LOCK(?)", lockName);
            }
        });
    }

    private static long intValue(Connection connection, String sql, String lockName) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, lockName);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static String holder(Connection connection, String lockName) throws SQLException {
        long id = intValue(connection, "SELECT IS_USED_LOCK(?)", lockName);
        if (id == 0) {
            return null;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT user, host, time FROM information_schema.processlist WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "connection id " + id;
                }
                return "connection id " + id + " (user " + rs.getString(1) + " from " + rs.getString(2)
                        + ", busy for " + rs.getLong(3) + " s)";
            }
        }
    }
}
