package io.shale.dialect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews a held {@link GaleraLease} every heartbeat, on the lease's own connection, while the
 * migration runs on another. When the lease is lost (another node took it over because no renewal
 * got through for a whole lease) or cannot be renewed, the migrator's connection is aborted, so
 * the run stops with an error instead of going on beside the new holder.
 */
final class GaleraHeartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(GaleraHeartbeat.class);

    private final ScheduledExecutorService executor;
    private final Object sessionUse;

    private GaleraHeartbeat(ScheduledExecutorService executor, Object sessionUse) {
        this.executor = executor;
        this.sessionUse = sessionUse;
    }

    static GaleraHeartbeat start(Connection session, GaleraLease lease, String owner, Duration leaseTime,
                                 Duration every, Connection migrator) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "shale-galera-heartbeat");
            t.setDaemon(true);
            return t;
        });
        Object sessionUse = new Object();
        long millis = Math.max(1, every.toMillis());
        executor.scheduleWithFixedDelay(() -> {
            synchronized (sessionUse) {
                beat(session, lease, owner, leaseTime, migrator, executor);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return new GaleraHeartbeat(executor, sessionUse);
    }

    private static void beat(Connection session, GaleraLease lease, String owner, Duration leaseTime,
                             Connection migrator, ScheduledExecutorService executor) {
        try {
            boolean held = lease.renew(session, owner, leaseTime);
            session.commit();
            if (!held) {
                lost(migrator, executor, "another migrator took the lease over in " + lease.table());
            }
        } catch (SQLException e) {
            GaleraLeaseLock.rollbackQuietly(session);
            if (!GaleraLeaseLock.lostRace(e)) {
                lost(migrator, executor, "renewing the lease in " + lease.table() + " failed: " + e.getMessage());
            }
            // A lost race with a waiter's read: the next beat tries again, well within the lease.
        }
    }

    private static void lost(Connection migrator, ScheduledExecutorService executor, String why) {
        LOG.error("Galera migration lock lost ({}); aborting the migration's connection", why);
        try {
            migrator.abort(Runnable::run);
        } catch (SQLException ignored) {
            // Already gone.
        }
        executor.shutdown();
    }

    /** Stops renewing; waits for a beat under way so the session is free for the release. */
    void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (sessionUse) {
            // Nothing: entering the monitor waits out a beat that ignored the interrupt.
        }
    }
}
