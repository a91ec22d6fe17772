package io.shale.fleet;

import io.shale.Shale;
import io.shale.command.lifecycle.ResetCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.config.TablePatterns;
import io.shale.dialect.DataOperations;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.run.BatchRunner;
import io.shale.run.Confirmation;
import io.shale.run.Guard;
import io.shale.run.LockedSession;
import io.shale.run.MigrationListener;
import io.shale.run.SumGate;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reset of a schema target. Its schema is one of many in a database other tenants share, so the
 * ways {@link ResetCommand} prefers on one database (a template copy, a recreated database) would
 * replace every tenant's schema, and dropping extensions would break their columns: this drops
 * the objects of the target's own schema (the session's default), keeping the {@code exclude:}
 * tables, then upgrades. Where the engine cannot drop one schema's objects alone (H2 drops the
 * whole database) the target is refused before anything changes.
 */
final class SchemaReset {
    private SchemaReset() {
    }

    /**
     * @throws ShaleException USAGE for {@code recreate} or {@code extensions}, or an engine that
     *                        cannot drop one schema's objects; the guard's refusals
     */
    static ResetCommand.Result run(Shale shale, Target target, boolean extensions, boolean recreate,
                                   Confirmation confirmation) {
        if (recreate || extensions) {
            throw new ShaleException(ErrorCode.USAGE, "Target " + target.describe() + " is a schema in a database "
                    + "other targets share: " + (recreate ? "--recreate would drop the whole database"
                    : "--extensions would drop extensions every schema uses"), "reset schema targets without "
                    + "--recreate and --extensions: the objects of the target's own schema are dropped");
        }
        return shale.withContext(ctx -> {
            SumGate.verify(ctx.migrations());
            DataOperations ops = ctx.dialect().dataOperations();
            try {
                try (LockedSession session = LockedSession.open(ctx, MigrationListener.NONE)) {
                    Guard.check("reset", ctx.identity().database(), ctx.identity().describe() + " schema "
                                    + target.schema() + " (every object of the schema is dropped, then rebuilt)",
                            ctx.settings().environment(), session.storedEnvironment(),
                            ctx.settings().protectedEnvironments(), confirmation);
                    BatchRunner.commitLockTransaction(ctx);
                }
                TablePatterns excluded = TablePatterns.of(shale.workspace().exclude());
                Set<String> kept = new TreeSet<>();
                ops.readGraph(ctx.connection()).tableNames().stream().filter(excluded).forEach(kept::add);
                try {
                    ops.dropAllExcept(ctx.connection(), false, kept);
                } catch (UnsupportedOperationException e) {
                    throw new ShaleException(ErrorCode.USAGE, "Cannot reset target " + target.describe() + ": "
                            + ctx.dialect().displayName() + " cannot drop the objects of one schema alone (its reset "
                            + "empties the whole database, every tenant's schema with it); nothing was changed",
                            "use `shale clear --target " + target.name() + "` to empty its tables, or drop the schema "
                                    + "by hand and run `shale upgrade --target " + target.name() + "`", e);
                }
                return new ResetCommand.Result(ctx.identity(),
                        new UpgradeCommand(ctx, MigrationListener.NONE).run(UpgradeCommand.Options.ALL),
                        ResetCommand.Method.OBJECTS_DROPPED, null, kept.isEmpty() ? null
                        : "kept the excluded tables " + String.join(", ", kept));
            } catch (SQLException e) {
                throw ctx.databaseError("resetting", e);
            }
        });
    }
}
