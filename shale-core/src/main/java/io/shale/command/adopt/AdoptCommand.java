package io.shale.command.adopt;

import io.shale.run.BatchRunner;
import io.shale.run.Confirmation;
import io.shale.run.Guard;
import io.shale.run.LockedSession;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.Settings;
import io.shale.run.SumGate;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.migration.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code shale adopt}: takes over a database that Flyway, Liquibase or Alembic manages. It reads that
 * tool's history table, maps each applied row to the file {@code shale import} made of it, and writes the
 * matching {@code shale_history} rows (with the checksums of the Shale files), so that nothing runs again.
 * It writes only Shale's history and meta tables, under the migration lock, and checks the {@link Guard}
 * because it changes history. The other tool's table is left as it is.
 */
public final class AdoptCommand {

    /**
     * @param tool   the other tool
     * @param table  its history table, or null for the tool's default name
     * @param dryRun show the mapping, change nothing (and take no lock)
     */
    public record Options(AdoptTool tool, String table, boolean dryRun, Confirmation confirmation) {
    }

    /**
     * One Shale migration that counts as applied.
     *
     * @param otherId  the other tool's id (Flyway version, Liquibase {@code author:id}, Alembic revision)
     * @param recorded false when {@code shale_history} already had it (adopting twice changes nothing)
     */
    public record Mapping(int version, String script, String otherId, boolean recorded) {
    }

    /** @param notes rows that need no Shale row, and how the mapping was made */
    public record Result(AdoptTool tool, String database, List<Mapping> mappings, List<String> notes, boolean dryRun) {
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;

    public AdoptCommand(MigrationContext ctx, MigrationListener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    /**
     * @throws ShaleException HISTORY_TABLE_INVALID when the other tool's table is missing or Shale's history
     *         disagrees with it; FAILED_MIGRATION_NEEDS_REPAIR when the other tool records a failure;
     *         APPLIED_MIGRATION_MISSING when an applied migration has no imported file;
     *         OUT_OF_ORDER_MIGRATION when a file below the applied ones was not applied; SUM_FILE_*; the Guard's codes
     */
    public Result run(Options options) {
        SumGate.verify(ctx.migrations());
        String table = options.table() == null ? options.tool().defaultTable() : options.table();
        try {
            AdoptMapping.Result preview = map(options.tool(), table);
            Result checked = result(options, preview, ctx.history().read(ctx.connection()));
            if (options.dryRun()) {
                return checked;
            }
            // Checked once before the lock so that a refusal leaves no Shale table behind; again under it.
            try (LockedSession session = LockedSession.open(ctx, listener)) {
                AdoptMapping.Result mapping = map(options.tool(), table);
                List<AppliedMigration> existing = ctx.history().read(ctx.connection());
                Result result = result(options, mapping, existing);
                Guard.check("adopt", ctx.identity().database(), ctx.identity().describe() + " from "
                                + options.tool().cliName() + " (" + mapping.entries().size() + " migrations)",
                        ctx.settings().environment(), session.storedEnvironment(), ctx.settings().protectedEnvironments(),
                        options.confirmation());
                write(session, options.tool(), mapping, result);
                return result;
            }
        } catch (SQLException e) {
            throw ctx.databaseError("adopting the " + options.tool().cliName() + " history", e);
        }
    }

    private AdoptMapping.Result map(AdoptTool tool, String table) throws SQLException {
        return AdoptMapping.map(tool, AdoptHistoryReader.read(ctx.connection(), table, tool), ctx.migrations());
    }

    /** The mappings, refusing when Shale's history already records something else. */
    private Result result(Options options, AdoptMapping.Result mapping, List<AppliedMigration> existing) {
        List<Mapping> out = new ArrayList<>();
        for (AdoptMapping.Entry e : mapping.entries()) {
            Migration m = e.migration();
            AppliedMigration row = existing.stream().filter(a -> a.version() == m.version()).findFirst().orElse(null);
            if (row != null && (!row.success() || !row.checksum().equals(m.checksum()))) {
                throw disagree(m.script() + " is already in " + ctx.history().table() + (row.success()
                        ? " with another checksum" : " as failed"));
            }
            out.add(new Mapping(m.version(), m.script(), e.otherId(), row == null));
        }
        for (AppliedMigration a : existing) {
            if (out.stream().noneMatch(m -> m.version() == a.version())) {
                throw disagree(ctx.history().table() + " records version " + a.version() + " (" + a.name()
                        + "), which " + options.tool().cliName() + " has not applied");
            }
        }
        return new Result(options.tool(), ctx.identity().describe(), out, mapping.notes(), options.dryRun());
    }

    private void write(LockedSession session, AdoptTool tool, AdoptMapping.Result mapping, Result result)
            throws SQLException {
        Connection c = ctx.connection();
        boolean ownTransaction = !ctx.dialect().lockIsTransaction();
        if (ownTransaction) {
            c.setAutoCommit(false);
        }
        try {
            Instant now = Instant.now();
            ctx.history().putMetaIfAbsent(c, session.meta, Guard.ENVIRONMENT_KEY, ctx.settings().environment());
            ctx.history().putMetaIfAbsent(c, session.meta, "created_at", now.toString());
            ctx.history().putMetaIfAbsent(c, session.meta, "adopted_from", tool.cliName());
            ctx.history().putMeta(c, "tool_version", Settings.TOOL_VERSION);
            for (AdoptMapping.Entry e : mapping.entries()) {
                Migration m = e.migration();
                boolean record = result.mappings().stream().anyMatch(x -> x.version() == m.version() && x.recorded());
                if (record) {
                    ctx.history().insert(c, new AppliedMigration(m.version(), m.description(), m.checksum(),
                            m.kind().name(), e.appliedAt() == null ? now : e.appliedAt(),
                            e.appliedBy() == null ? ctx.identity().user() : e.appliedBy(), e.executionMs(), true, null));
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
    }

    private ShaleException disagree(String what) {
        return new ShaleException(ErrorCode.HISTORY_TABLE_INVALID, "Cannot adopt " + ctx.identity().describe() + ": "
                + what, "check that this is the database the imported files belong to; `shale history` shows what "
                + "Shale records");
    }
}
