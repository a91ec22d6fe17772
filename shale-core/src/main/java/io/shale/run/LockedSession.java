package io.shale.run;

import io.shale.dialect.MigrationLock;
import io.shale.history.Reconciliation;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The opening every changing command shares: take the migration lock, read the history and the meta
 * rows once, and create the tables only when they are missing. Closing releases the lock.
 */
public final class LockedSession implements AutoCloseable {
    private final MigrationLock.Held lock;
    public final Map<String, String> meta;
    public final Reconciliation reconciliation;
    /** Whether the history or the meta table was missing when the session read them. */
    public final boolean tablesMissing;

    private LockedSession(MigrationLock.Held lock, Map<String, String> meta, Reconciliation reconciliation,
                          boolean tablesMissing) {
        this.lock = lock;
        this.meta = meta;
        this.reconciliation = reconciliation;
        this.tablesMissing = tablesMissing;
    }

    public static LockedSession open(MigrationContext ctx, MigrationListener listener) throws SQLException {
        return open(ctx, listener, true);
    }

    /**
     * Like {@link #open} but leaves missing tables to the caller's {@link RunPlan}
     * ({@link PlanStep.CreateHistoryTables}), so the plan lists every statement the run sends.
     */
    public static LockedSession openForPlan(MigrationContext ctx, MigrationListener listener) throws SQLException {
        return open(ctx, listener, false);
    }

    private static LockedSession open(MigrationContext ctx, MigrationListener listener, boolean create)
            throws SQLException {
        ctx.dialect().prepareSession(ctx.connection());
        MigrationLock.Held lock = ctx.dialect().lock().acquire(ctx.connection(), ctx::openExtra,
                new MigrationLock.Target(ctx.lockName(), ctx.settings().metaTable(),
                        ctx.settings().lockLease(), ctx.settings().lockHeartbeat()), ctx.settings().lockTimeout(),
                listener::waitingForLock);
        try {
            // Read first and create only what is missing: an application start with everything applied
            // pays two queries here, not two DDL statements more.
            var rows = ctx.history().readIfExists(ctx.connection());
            var meta = ctx.history().readMetaIfExists(ctx.connection());
            boolean missing = rows.isEmpty() || meta.isEmpty();
            if (missing && create) {
                ctx.history().ensureExists(ctx.connection());
            }
            Reconciliation rec = Reconciliation.of(ctx.migrations(), rows.orElse(List.of()));
            return new LockedSession(lock, meta.orElse(Map.of()), rec, missing);
        } catch (SQLException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Duration waited() {
        return lock.waited();
    }

    public String waitedFor() {
        return lock.waitedFor();
    }

    public String storedEnvironment() {
        return meta.get(Guard.ENVIRONMENT_KEY);
    }

    @Override
    public void close() {
        lock.close();
    }
}
