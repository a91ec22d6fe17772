package io.shale.run;

import io.shale.dialect.Blocker;
import io.shale.dialect.StatementWaits;
import io.shale.migration.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the migrator's statements from a second connection and a thread of its own: while a
 * statement runs longer than a moment, it asks the engine ({@link StatementWaits#blockers}) who the
 * migrator's session waits for, keeps the last answer (so a lock timeout can name the blocker after
 * the wait is over), and tells the listener every {@link #REPORT_EVERY} while the wait goes on.
 * Nothing is opened or started until a statement has run for {@code sample}; a run of quick
 * statements never pays for it. Observing is best effort: a failing query is dropped and tried again.
 */
final class WaitObserver implements AutoCloseable {
    /** How often a long wait is reported to the listener. */
    static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    /** After this long, a statement is sampled once a second rather than every tick. */
    private static final long FAST_SAMPLING_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final MigrationContext ctx;
    private final StatementWaits waits;
    private final MigrationListener listener;
    private final long sampleNanos;
    private ScheduledExecutorService executor;
    private Connection observer;
    private long session = -1;
    private volatile Watch current;
    private volatile List<Blocker> lastSeen = List.of();
    private volatile boolean closed;
    /** After a failed look (no connection to spare, say), the next one waits until then. */
    private long quietUntil;

    /** One statement under watch. */
    private static final class Watch {
        final Migration migration;
        final long start = System.nanoTime();
        long lastQuery;
        long lastReport = start;

        Watch(Migration migration) {
            this.migration = migration;
        }
    }

    /** {@code lockWait}: the configured statement lock wait (zero: none), which sets how often to sample. */
    WaitObserver(MigrationContext ctx, MigrationListener listener, Duration lockWait) {
        this.ctx = ctx;
        this.waits = ctx.dialect().statementWaits();
        this.listener = listener;
        long quarter = lockWait.isZero() ? 250 : lockWait.toMillis() / 4;
        this.sampleNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(20, Math.min(250, quarter)));
        this.quietUntil = System.nanoTime();
    }

    /**
     * Starts watching a statement of {@code migration} that is about to be sent. Where the session's id
     * cannot be read, the statement runs unwatched: observing never stops a migration.
     */
    void start(Migration migration) {
        if (waits == null) {
            return;
        }
        if (session < 0) {
            try {
                session = waits.sessionId(ctx.connection());
            } catch (SQLException e) {
                return;
            }
        }
        lastSeen = List.of();
        current = new Watch(migration);
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "shale-lock-wait-observer");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleWithFixedDelay(this::sample, sampleNanos, sampleNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** The statement is over. */
    void stop() {
        current = null;
    }

    /** The sessions last seen blocking the current (or last) statement; empty when none were seen. */
    List<Blocker> lastSeen() {
        return lastSeen;
    }

    private void sample() {
        Watch w = current;
        if (w == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - quietUntil < 0) {
            return;
        }
        long running = now - w.start;
        if (running < sampleNanos || running > FAST_SAMPLING_NANOS && now - w.lastQuery < TimeUnit.SECONDS.toNanos(1)) {
            return;
        }
        w.lastQuery = now;
        try {
            if (observer == null) {
                observer = ctx.openExtra();
                if (closed) {
                    // A pool slow to hand out the connection outlived the run: give it straight back.
                    closeObserver();
                    return;
                }
            }
            List<Blocker> blockers = waits.blockers(observer, session);
            if (blockers.isEmpty() || current != w) {
                return;
            }
            lastSeen = List.copyOf(blockers);
            if (now - w.lastReport >= REPORT_EVERY.toNanos()) {
                w.lastReport = now;
                listener.statementWaiting(w.migration, Duration.ofNanos(running), lastSeen);
            }
        } catch (SQLException | RuntimeException e) {
            closeObserver();
            quietUntil = now + REPORT_EVERY.toNanos();
        }
    }

    private void closeObserver() {
        if (observer != null) {
            try {
                observer.close();
            } catch (SQLException ignored) {
                // A broken observer connection has nothing left to release.
            }
            observer = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        current = null;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
        closeObserver();
    }
}
