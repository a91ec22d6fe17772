package io.shale.command.history;

import io.shale.run.Guard;
import io.shale.run.MigrationContext;

import io.shale.dialect.DatabaseIdentity;
import io.shale.history.MigrationState;
import io.shale.history.Reconciliation;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Where the database stands against the files. Read-only: no lock, nothing created. */
public final class StatusCommand {

    /**
     * @param entries every version on either side, with its state
     * @param historyTableExists false when nothing was ever applied
     */
    public record Result(DatabaseIdentity database, String environment, int currentVersion, int latestVersion,
                         boolean historyTableExists, List<Reconciliation.Entry> entries) {
        public long count(MigrationState state) {
            return entries.stream().filter(e -> e.state() == state).count();
        }

        /** True when the database is at the newest version and nothing is wrong. */
        public boolean upToDate() {
            return entries.stream().allMatch(e -> e.state() == MigrationState.APPLIED);
        }

        /**
         * True when something needs a person: an edit, a missing file, a failed record, an out-of-order
         * file, a database below a squash baseline.
         */
        public boolean hasProblems() {
            return belowBaseline().isPresent() || entries.stream().anyMatch(e -> e.state() != MigrationState.APPLIED
                    && e.state() != MigrationState.PENDING);
        }

        /**
         * The pending squash baseline that this database is below: it applied some of the files the
         * baseline replaced, so upgrade needs them back ({@code --include-archive}) or a rebuild.
         */
        public Optional<Reconciliation.Entry> belowBaseline() {
            return new Reconciliation(entries, currentVersion, latestVersion).belowBaseline();
        }
    }

    private final MigrationContext ctx;

    public StatusCommand(MigrationContext ctx) {
        this.ctx = ctx;
    }

    public Result run() {
        try {
            var rows = ctx.history().readIfExists(ctx.connection());
            var meta = rows.isPresent() ? ctx.history().readMeta(ctx.connection()) : java.util.Map.<String, String>of();
            Reconciliation rec = Reconciliation.of(ctx.migrations(), rows.orElse(List.of()));
            return new Result(ctx.identity(), meta.get(Guard.ENVIRONMENT_KEY), rec.currentVersion(),
                    rec.latestFileVersion(), rows.isPresent(), rec.entries());
        } catch (SQLException e) {
            throw ctx.databaseError("reading the status", e);
        }
    }
}
