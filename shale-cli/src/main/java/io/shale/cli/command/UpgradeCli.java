package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.FleetFlags;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.cli.output.ProgressListener;
import io.shale.command.migrate.UpgradeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "upgrade", description = "Apply pending migrations (all, or up to --to VERSION).")
public final class UpgradeCli extends JsonCommand {
    @Option(names = "--to", paramLabel = "VERSION", description = "Stop after this version.")
    Integer to;

    @Option(names = "--dry-run", description = "Print the exact SQL that would run, with the history statements; change nothing.")
    boolean dryRun;

    @Option(names = "--single-transaction", description = "Apply the whole run atomically (PostgreSQL, SQLite).")
    boolean singleTransaction;

    @Option(names = "--include-archive", description = {
            "For a database below a squash baseline: apply the archived files it lacks (from archive/ in the",
            "migrations folder, checked against archive/shale.sum), then the rest. No effect on other databases."})
    boolean includeArchive;

    @Mixin
    FleetFlags fleet;

    public UpgradeCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        fleet.requireTarget();
        if (fleet.active()) {
            UpgradeCommand.Options upgrade = new UpgradeCommand.Options(to, dryRun, singleTransaction, includeArchive);
            return FleetRun.run(env, options(), fleet, json, "upgrade",
                    (f, targets, options, listener) -> f.upgrade(targets, options, listener, upgrade));
        }
        ProgressListener progress = progress();
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(progress);
            if (!json && !dryRun) {
                // Named before anything runs (the embedded default starts here), so the results that follow are
                // read as this database's.
                project.workspace().dataSource();
                out().println("Database: " + project.workspace().databaseDescription());
            }
            UpgradeCommand.Result r;
            try {
                r = shale.upgrade(new UpgradeCommand.Options(to, dryRun, singleTransaction, includeArchive));
            } finally {
                progress.done();
            }
            if (json) {
                writeJson(r, shale);
                return ExitCodes.OK;
            }
            if (dryRun) {
                r.script().forEach(out()::println);
                return ExitCodes.OK;
            }
            if (r.lockHolder() != null) {
                out().println("Waited " + r.lockWaited().toMillis() + " ms for the migration lock (held by "
                        + r.lockHolder() + ").");
            }
            if (r.applied().isEmpty()) {
                out().println("Nothing to do: the database is at version " + r.toVersion() + ".");
            } else {
                out().println("Upgraded from version " + r.fromVersion() + " to " + r.toVersion() + " ("
                        + r.applied().size() + " migration" + (r.applied().size() == 1 ? "" : "s") + ", "
                        + totalMs(r) + " ms).");
            }
            return ExitCodes.OK;
        }
    }

    private void writeJson(UpgradeCommand.Result r, Shale shale) {
        try (Json j = new Json(out())) {
            j.startObject().database(r.database()).field("dryRun", dryRun)
                    .field("fromVersion", r.fromVersion()).field("toVersion", r.toVersion());
            writeMigrations(j, "applied", r.applied(), shale.migrations());
            j.field("executionMs", totalMs(r));
            if (r.lockHolder() == null) {
                j.nullField("lock");
            } else {
                j.startObject("lock").field("holder", r.lockHolder())
                        .field("waitedMs", r.lockWaited() == null ? 0 : r.lockWaited().toMillis()).endObject();
            }
            j.strings("script", r.script()).endObject();
        }
    }

    private static long totalMs(UpgradeCommand.Result r) {
        return r.applied().stream().mapToLong(UpgradeCommand.Applied::executionMs).sum();
    }
}
