package io.shale.command.history;

import io.shale.run.MigrationContext;

import io.shale.history.AppliedMigration;
import java.sql.SQLException;
import java.util.List;

/** The rows of the history table, in version order. Read-only. */
public final class HistoryCommand {
    private final MigrationContext ctx;

    public HistoryCommand(MigrationContext ctx) {
        this.ctx = ctx;
    }

    public List<AppliedMigration> run() {
        try {
            return ctx.history().read(ctx.connection());
        } catch (SQLException e) {
            throw ctx.databaseError("reading the history", e);
        }
    }
}
