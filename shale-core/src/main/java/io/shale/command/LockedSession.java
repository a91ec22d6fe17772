package io.shale.command;

import io.shale.dialect.MigrationLock;
import io.shale.history.Reconciliation;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The opening every changing command shares: take the migration lock, create the history tables
 * if missing, read the meta rows and the history once. Closing releases the lock.
 */
final class LockedSession implements AutoCloseable {
    private final MigrationLock.Held lock;
    final Map<String, String> meta;
    final Reconciliation reconciliation;

    private LockedSession(MigrationLock.Held lock, Map<String, String> meta, Reconciliation reconciliation) {
        this.lock = lock;
        this.meta = meta;
        this.reconciliation = reconciliation;
    }

    static LockedSession open(MigrationContext ctx, MigrationListener listener) throws SQLException {
        ctx.dialect().prepareSession(ctx.connection());
        MigrationLock.Held lock = ctx.dialect().lock().acquire(ctx.connection(), ctx::openExtra, new MigrationLock.Target(ctx.lockName(), ctx.settings().metaTable()),
                ctx.settings().lockTimeout(), listener::waitingForLock);
        try {
            ctx.history().ensureExists(ctx.connection());
            Map<String, String> meta = ctx.history().readMeta(ctx.connection());
            Reconciliation rec = Reconciliation.of(ctx.migrations(), ctx.history().read(ctx.connection()));
            return new LockedSession(lock, meta, rec);
        } catch (SQLException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    Duration waited() {
        return lock.waited();
    }

    String waitedFor() {
        return lock.waitedFor();
    }

    String storedEnvironment() {
        return meta.get(Guard.ENVIRONMENT_KEY);
    }

    @Override
    public void close() {
        lock.close();
    }
}
