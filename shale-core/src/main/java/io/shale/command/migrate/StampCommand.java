package io.shale.command.migrate;

import io.shale.run.BatchRunner;
import io.shale.run.Confirmation;
import io.shale.run.Guard;
import io.shale.run.LockedSession;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.history.Reconciliation;
import io.shale.migration.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the history so that exactly the migrations up to a version count as applied, without
 * running any of them: for a database built by other means (a dump, another tool). Destructive:
 * it checks the {@link Guard}. Failed records are left to {@code shale repair}.
 */
public final class StampCommand {

    public record Options(int version, Confirmation confirmation) {
    }

    /** @param recorded versions newly marked applied; {@code removed} versions whose rows were deleted */
    public record Result(int fromVersion, int toVersion, List<Integer> recorded, List<Integer> removed) {
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;

    public StampCommand(MigrationContext ctx, MigrationListener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    public Result run(Options options) {
        int version = options.version();
        if (version != 0 && ctx.migrations().find(version).isEmpty()) {
            throw new ShaleException(ErrorCode.TARGET_INVALID, "There is no migration with version " + version + " in "
                    + ctx.settings().migrationsLabel(), "pass 0 or the version of an existing migration");
        }
        try (LockedSession session = LockedSession.open(ctx, listener)) {
            Reconciliation rec = session.reconciliation;
            Guard.check("stamp", ctx.identity().database(), ctx.identity().describe() + " as version " + version,
                    ctx.settings().environment(), session.storedEnvironment(), ctx.settings().protectedEnvironments(),
                    options.confirmation());
            List<Integer> recorded = new ArrayList<>();
            List<Integer> removed = new ArrayList<>();
            Connection c = ctx.connection();
            boolean ownTransaction = !ctx.dialect().lockIsTransaction();
            if (ownTransaction) {
                c.setAutoCommit(false);
            }
            try {
                for (Reconciliation.Entry e : rec.entries()) {
                    boolean hasRow = e.applied() != null && e.applied().success();
                    if (e.version() <= version && !hasRow && e.migration() != null && e.applied() == null) {
                        Migration m = e.migration();
                        ctx.history().insert(c, new AppliedMigration(m.version(), m.description(), m.checksum(),
                                m.kind().name(), Instant.now(), ctx.identity().user(), 0, true, null));
                        recorded.add(m.version());
                    } else if (e.version() > version && hasRow) {
                        ctx.history().delete(c, e.version());
                        removed.add(e.version());
                    }
                }
                if (ownTransaction) {
                    c.commit();
                } else {
                    BatchRunner.commitLockTransaction(ctx);
                }
            } catch (SQLException | RuntimeException e) {
                if (ownTransaction) {
                    c.rollback();
                }
                throw e;
            } finally {
                if (ownTransaction) {
                    c.setAutoCommit(true);
                }
            }
            return new Result(rec.currentVersion(), version, recorded, removed);
        } catch (SQLException e) {
            throw ctx.databaseError("stamping", e);
        }
    }
}
