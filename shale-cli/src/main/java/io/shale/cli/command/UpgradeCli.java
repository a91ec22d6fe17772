package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.ProgressListener;
import io.shale.command.UpgradeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "upgrade", description = "Apply pending migrations (all, or up to --to VERSION).")
public final class UpgradeCli extends BaseCommand {
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

    public UpgradeCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        ProgressListener progress = new ProgressListener(out(), env.terminal().interactive());
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(progress);
            UpgradeCommand.Result r;
            try {
                r = shale.upgrade(new UpgradeCommand.Options(to, dryRun, singleTransaction, includeArchive));
            } finally {
                progress.done();
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
                long ms = r.applied().stream().mapToLong(UpgradeCommand.Applied::executionMs).sum();
                out().println("Upgraded from version " + r.fromVersion() + " to " + r.toVersion() + " ("
                        + r.applied().size() + " migration" + (r.applied().size() == 1 ? "" : "s") + ", " + ms + " ms).");
            }
            out().println("Database: " + r.database().describe());
            return ExitCodes.OK;
        }
    }
}
