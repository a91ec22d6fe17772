package io.shale.dialect.mysql;

import io.shale.dialect.HeldLock;
import io.shale.dialect.LockWait;
import io.shale.dialect.MigrationLock;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The migration lock on a Galera cluster, where {@code GET_LOCK} is node-local: a lease row
 * ({@link GaleraLease}) taken in an explicit transaction on a second connection, so that two nodes
 * racing for it conflict at certification and one commit fails. A {@link GaleraHeartbeat} renews the
 * lease while the run lasts; a killed migrator stops renewing, its lease expires, and a waiting
 * migrator takes it over. The lease row is the one lock row Shale writes, and it cannot go stale:
 * it is only valid while its heartbeat keeps it so.
 *
 * <p>A waiter treats a lease as expired when its heartbeat has not changed for a whole lease by the
 * waiter's own clock, or when the node's clock says it expired more than a lease ago; node clocks
 * that disagree by less than a lease therefore never let two holders overlap.
 */
final class GaleraLeaseLock {
    /** ER_LOCK_DEADLOCK: how Galera reports a certification conflict at commit. */
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DUPLICATE_KEY = 1062;

    MigrationLock.Held acquire(Connection connection, MigrationLock.ConnectionOpener opener, MigrationLock.Target target,
                               GaleraNode node, Duration timeout, Consumer<String> waiting) throws SQLException {
        String name = target.name();
        GaleraLease lease = new GaleraLease(target.metaTable(), name);
        long connectionId = connectionId(connection);
        // Reads on this session wait until the node has applied what the cluster committed before
        // them, so the history read after the lock is the one the previous holder left. The old
        // value comes back on release: the connection may belong to the application's pool.
        long syncWait = syncWait(connection);
        try (Statement st = connection.createStatement()) {
            st.execute("SET SESSION wsrep_sync_wait = 1");
        }
        String owner = hostName() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID();
        Connection session = opener.open();
        try {
            try (Statement st = session.createStatement()) {
                st.execute("SET SESSION wsrep_sync_wait = 1");
                st.execute("SET SESSION innodb_lock_wait_timeout = 5");
            }
            lease.createTable(session);
            session.setAutoCommit(false);
            Expiry expiry = new Expiry(target.lease());
            LockWait.Result result = LockWait.poll(
                    () -> tryTake(session, lease, expiry, owner, node.nodeName(), connectionId, target.lease()),
                    () -> holder(session, lease), name, timeout, waiting);
            GaleraHeartbeat heartbeat = GaleraHeartbeat.start(session, lease, owner, target.lease(),
                    target.heartbeat(), connection);
            return new HeldLock(result, () -> {
                heartbeat.stop();
                try (session) {
                    lease.delete(session, owner);
                    session.commit();
                } finally {
                    if (!connection.isClosed()) {
                        try (Statement st = connection.createStatement()) {
                            st.execute("SET SESSION wsrep_sync_wait = " + syncWait);
                        }
                    }
                }
            });
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static boolean tryTake(Connection session, GaleraLease lease, Expiry expiry, String owner, String node,
                                   long connectionId, Duration leaseTime) throws SQLException {
        try {
            GaleraLease.Row row = lease.read(session, true);
            boolean taken;
            if (row == null) {
                lease.insert(session, owner, node, connectionId, leaseTime);
                taken = true;
            } else if (expiry.expired(row)) {
                taken = lease.takeOver(session, row, owner, node, connectionId, leaseTime);
            } else {
                taken = false;
            }
            if (taken) {
                session.commit();
                return true;
            }
            session.rollback();
            return false;
        } catch (SQLException e) {
            rollbackQuietly(session);
            if (lostRace(e)) {
                return false;
            }
            throw e;
        }
    }

    private static String holder(Connection session, GaleraLease lease) throws SQLException {
        try {
            GaleraLease.Row row = lease.read(session, false);
            return row == null ? null : row.describe();
        } finally {
            rollbackQuietly(session);
        }
    }

    /** True for the errors a lost race gives: a certification conflict, a local row lock, a key taken meanwhile. */
    static boolean lostRace(SQLException e) {
        return e.getErrorCode() == DEADLOCK || e.getErrorCode() == LOCK_WAIT_TIMEOUT
                || e.getErrorCode() == DUPLICATE_KEY || "40001".equals(e.getSQLState());
    }

    static void rollbackQuietly(Connection session) {
        try {
            session.rollback();
        } catch (SQLException ignored) {
            // The transaction is gone with the error that ended it.
        }
    }

    private static long syncWait(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("SELECT @@SESSION.wsrep_sync_wait")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long connectionId(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** When a waiter may take a lease over: it remembers when it first saw each heartbeat. */
    private static final class Expiry {
        private final Duration lease;
        private String owner;
        private long beat = -1;
        private long firstSeen;

        Expiry(Duration lease) {
            this.lease = lease;
        }

        boolean expired(GaleraLease.Row row) {
            long now = System.nanoTime();
            if (!row.owner().equals(owner) || row.beat() != beat) {
                owner = row.owner();
                beat = row.beat();
                firstSeen = now;
            }
            return now - firstSeen >= lease.toNanos() || row.overdueMicros() > lease.toNanos() / 1000;
        }
    }
}
