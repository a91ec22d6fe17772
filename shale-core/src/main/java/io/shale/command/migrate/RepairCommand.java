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
import io.shale.history.MigrationState;
import io.shale.history.Reconciliation;
import io.shale.migration.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Clears failed records left by a migration that stopped part-way where DDL is not transactional
 * (MySQL/MariaDB, H2, no-transaction migrations), and with {@code checksums} realigns stored
 * checksums with edited files. It changes only the history table, never the schema: the person
 * running it first makes the schema match (undo or finish the failed statements).
 * {@link #inspect()} shows the exact state first.
 */
public final class RepairCommand {

    /**
     * @param checksums also accept the current checksum of applied files that were edited
     * @param dryRun    report what would change and change nothing
     */
    public record Options(boolean checksums, boolean dryRun, Confirmation confirmation, Integer markApplied) {
        public Options(boolean checksums, boolean dryRun, Confirmation confirmation) {
            this(checksums, dryRun, confirmation, null);
        }
    }

    /**
     * @param failed        the failed records (with the statement that failed and what took effect)
     * @param markedApplied the version recorded as applied ({@code --mark-applied}), or null
     */
    public record Result(List<AppliedMigration> failed, List<Reconciliation.Entry> checksumMismatches,
                         boolean changed, Integer markedApplied) {
        public Result(List<AppliedMigration> failed, List<Reconciliation.Entry> checksumMismatches, boolean changed) {
            this(failed, checksumMismatches, changed, null);
        }
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;

    public RepairCommand(MigrationContext ctx, MigrationListener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    /** What a repair would touch, read without the lock. */
    public Result inspect() {
        try {
            Reconciliation rec = Reconciliation.of(ctx.migrations(), ctx.history().read(ctx.connection()));
            return describe(rec, false);
        } catch (SQLException e) {
            throw ctx.databaseError("reading the history", e);
        }
    }

    public Result run(Options options) {
        if (options.dryRun()) {
            Result state = inspect();
            return new Result(state.failed(), options.checksums() ? state.checksumMismatches() : List.of(), false);
        }
        try (LockedSession session = LockedSession.open(ctx, listener)) {
            if (options.markApplied() != null) {
                return markApplied(session, options);
            }
            Result state = describe(session.reconciliation, false);
            List<Reconciliation.Entry> mismatches = options.checksums() ? state.checksumMismatches() : List.of();
            if (state.failed().isEmpty() && mismatches.isEmpty()) {
                BatchRunner.commitLockTransaction(ctx);
                throw new ShaleException(ErrorCode.NOTHING_TO_REPAIR, "Nothing to repair in " + ctx.identity().describe()
                        + ": no failed records" + (options.checksums() ? " and no edited applied migrations" : ""),
                        state.checksumMismatches().isEmpty() ? null
                                : "edited applied migrations exist: pass --checksums to accept their new checksums");
            }
            Guard.check("repair the history of", ctx.identity().database(), ctx.identity().describe(),
                    ctx.settings().environment(), session.storedEnvironment(), ctx.settings().protectedEnvironments(),
                    options.confirmation());
            Connection c = ctx.connection();
            for (AppliedMigration failed : state.failed()) {
                ctx.history().delete(c, failed.version());
            }
            for (Reconciliation.Entry e : mismatches) {
                ctx.history().updateChecksum(c, e.version(), e.migration().checksum());
            }
            BatchRunner.commitLockTransaction(ctx);
            return new Result(state.failed(), mismatches, true);
        } catch (SQLException e) {
            throw ctx.databaseError("repairing", e);
        }
    }

    /**
     * Records a migration that stopped part-way as applied, once the person running it has done the rest by
     * hand: where DDL commits by itself, running the file again would fail on what it already did.
     */
    private Result markApplied(LockedSession session, Options options) throws SQLException {
        int version = options.markApplied();
        Reconciliation.Entry entry = session.reconciliation.entries().stream().filter(e -> e.version() == version)
                .findFirst().orElse(null);
        boolean pending = entry != null && entry.migration() != null
                && (entry.applied() == null || !entry.applied().success());
        if (!pending) {
            BatchRunner.commitLockTransaction(ctx);
            throw new ShaleException(ErrorCode.TARGET_INVALID, "Cannot mark version " + version + " as applied in "
                    + ctx.identity().describe() + ": " + (entry == null || entry.migration() == null
                    ? "there is no migration file with that version" : "it is applied already"),
                    "name a pending or failed migration (see `shale status`)");
        }
        Guard.check("mark version " + version + " as applied in", ctx.identity().database(), ctx.identity().describe(),
                ctx.settings().environment(), session.storedEnvironment(), ctx.settings().protectedEnvironments(),
                options.confirmation());
        Migration m = entry.migration();
        Connection c = ctx.connection();
        List<AppliedMigration> failed = new ArrayList<>();
        if (entry.applied() != null) {
            failed.add(entry.applied());
            ctx.history().delete(c, version);
        }
        ctx.history().insert(c, new AppliedMigration(m.version(), m.description(), m.checksum(), m.kind().name(),
                Instant.now(), ctx.identity().user(), 0, true, null));
        BatchRunner.commitLockTransaction(ctx);
        return new Result(failed, List.of(), true, version);
    }

    private static Result describe(Reconciliation rec, boolean changed) {
        List<AppliedMigration> failed = new ArrayList<>();
        for (Reconciliation.Entry e : rec.inState(MigrationState.FAILED)) {
            failed.add(e.applied());
        }
        return new Result(failed, rec.inState(MigrationState.CHECKSUM_MISMATCH), changed);
    }
}
