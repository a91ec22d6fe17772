package io.shale.dialect.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The SQL of the lease row that is the migration lock on Galera: one row per lock name in the table
 * {@code <meta table>_lock}, written only in explicit transactions, so two nodes that write it at
 * once conflict when the cluster certifies the commit and exactly one of them wins.
 */
final class GaleraLease {
    private final String table;
    private final String lockName;

    GaleraLease(String metaTable, String lockName) {
        this.table = metaTable + "_lock";
        this.lockName = lockName;
    }

    String table() {
        return table;
    }

    /**
     * The row as one session sees it.
     *
     * @param overdueMicros how long ago, by this node's clock, the lease expired (negative while it runs)
     */
    record Row(String owner, String node, long connectionId, String acquiredAt, String expiresAt, long beat,
               long overdueMicros) {
        String describe() {
            return "node " + node + ", connection " + connectionId + ", since " + acquiredAt + " UTC (owner " + owner
                    + "; lease expires " + expiresAt + " UTC unless renewed)";
        }
    }

    void createTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + table + " ("
                    + "lock_name varchar(255) NOT NULL PRIMARY KEY, "
                    + "owner varchar(255) NOT NULL, "
                    + "node varchar(255) NOT NULL, "
                    + "connection_id bigint NOT NULL, "
                    + "acquired_at datetime(6) NOT NULL, "
                    + "heartbeat_at datetime(6) NOT NULL, "
                    + "expires_at datetime(6) NOT NULL, "
                    + "beat bigint NOT NULL) ENGINE=InnoDB");
        }
    }

    /** Reads the row, locking it on this node when {@code forUpdate}; null when nobody holds the lease. */
    Row read(Connection c, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT owner, node, connection_id, "
                + "DATE_FORMAT(acquired_at, '%Y-%m-%d %H:%i:%s'), DATE_FORMAT(expires_at, '%Y-%m-%d %H:%i:%s'), beat, "
                + "TIMESTAMPDIFF(MICROSECOND, expires_at, UTC_TIMESTAMP(6)) FROM " + table + " WHERE lock_name = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setString(1, lockName);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7));
            }
        }
    }

    void insert(Connection c, String owner, String node, long connectionId, Duration lease) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                + " (lock_name, owner, node, connection_id, acquired_at, heartbeat_at, expires_at, beat) VALUES "
                + "(?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL ? MICROSECOND, 0)")) {
            ps.setString(1, lockName);
            ps.setString(2, owner);
            ps.setString(3, node);
            ps.setLong(4, connectionId);
            ps.setLong(5, micros(lease));
            ps.executeUpdate();
        }
    }

    /** Takes over an expired lease: succeeds only if the row is still the one that was seen expiring. */
    boolean takeOver(Connection c, Row seen, String owner, String node, long connectionId, Duration lease)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET owner = ?, node = ?, connection_id = ?, "
                + "acquired_at = UTC_TIMESTAMP(6), heartbeat_at = UTC_TIMESTAMP(6), "
                + "expires_at = UTC_TIMESTAMP(6) + INTERVAL ? MICROSECOND, beat = beat + 1 "
                + "WHERE lock_name = ? AND owner = ? AND beat = ?")) {
            ps.setString(1, owner);
            ps.setString(2, node);
            ps.setLong(3, connectionId);
            ps.setLong(4, micros(lease));
            ps.setString(5, lockName);
            ps.setString(6, seen.owner());
            ps.setLong(7, seen.beat());
            return ps.executeUpdate() == 1;
        }
    }

    /** Extends the lease; false when {@code owner} no longer holds it. */
    boolean renew(Connection c, String owner, Duration lease) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET heartbeat_at = UTC_TIMESTAMP(6), "
                + "expires_at = UTC_TIMESTAMP(6) + INTERVAL ? MICROSECOND, beat = beat + 1 "
                + "WHERE lock_name = ? AND owner = ?")) {
            ps.setLong(1, micros(lease));
            ps.setString(2, lockName);
            ps.setString(3, owner);
            return ps.executeUpdate() == 1;
        }
    }

    void delete(Connection c, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE lock_name = ? AND owner = ?")) {
            ps.setString(1, lockName);
            ps.setString(2, owner);
            ps.executeUpdate();
        }
    }

    private static long micros(Duration d) {
        return d.toNanos() / 1000;
    }
}
