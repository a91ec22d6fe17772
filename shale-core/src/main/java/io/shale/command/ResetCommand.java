package io.shale.command;

import io.shale.dialect.DataOperationsFor;
import io.shale.dialect.DatabaseIdentity;
import java.sql.SQLException;

/**
 * Drops every object of the managed schema (Shale's history included) and upgrades to head, so a
 * database damaged by hand is rebuilt from the migrations. Destructive: it checks the {@link Guard}.
 * The lock is released before the drop, since on some engines (H2) it lives in the meta table.
 */
public final class ResetCommand {

    /** @param extensions also drop the extensions (PostgreSQL), which other schemas may use */
    public record Options(boolean extensions, Confirmation confirmation) {
    }

    public record Result(DatabaseIdentity database, UpgradeCommand.Result upgrade) {
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;

    public ResetCommand(MigrationContext ctx, MigrationListener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    public Result run(Options options) {
        SumGate.verify(ctx.migrations());
        try {
            try (LockedSession session = LockedSession.open(ctx, listener)) {
                Guard.check("reset", ctx.identity().database(), ctx.identity().describe()
                                + " (every object is dropped, then rebuilt)", ctx.settings().environment(),
                        session.storedEnvironment(), ctx.settings().protectedEnvironments(), options.confirmation());
                BatchRunner.commitLockTransaction(ctx);
            }
            DataOperationsFor.dialect(ctx.dialect()).dropAll(ctx.connection(), options.extensions());
        } catch (SQLException e) {
            throw ctx.databaseError("dropping every object for a reset", e);
        }
        return new Result(ctx.identity(), new UpgradeCommand(ctx, listener).run(UpgradeCommand.Options.ALL));
    }
}
