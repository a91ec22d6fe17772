package io.shale.maven;

import io.shale.Shale;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.workspace.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code shale upgrade}: apply pending migrations (all, or up to {@code shale.to}). */
@Mojo(name = "upgrade", requiresProject = false, threadSafe = true)
public final class UpgradeMojo extends AbstractShaleMojo {
    /** Stop after this version (the CLI's {@code --to}). */
    @Parameter(property = "shale.to")
    Integer to;

    /** Print the exact SQL that would run; change nothing. */
    @Parameter(property = "shale.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Apply the whole run atomically (PostgreSQL, SQLite). */
    @Parameter(property = "shale.singleTransaction", defaultValue = "false")
    boolean singleTransaction;

    /** For a database below a squash baseline: apply the archived files it lacks, then the rest. */
    @Parameter(property = "shale.includeArchive", defaultValue = "false")
    boolean includeArchive;

    @Override
    protected void run(Workspace workspace) {
        UpgradeCommand.Result r = Shale.of(workspace).withListener(new LogProgress(getLog()))
                .upgrade(new UpgradeCommand.Options(to, dryRun, singleTransaction, includeArchive));
        if (dryRun) {
            r.script().forEach(this::say);
            return;
        }
        if (r.lockHolder() != null) {
            say("Waited " + r.lockWaited().toMillis() + " ms for the migration lock (held by " + r.lockHolder() + ").");
        }
        if (r.applied().isEmpty()) {
            say("Nothing to do: the database is at version " + r.toVersion() + ".");
        } else {
            long ms = r.applied().stream().mapToLong(UpgradeCommand.Applied::executionMs).sum();
            say("Upgraded from version " + r.fromVersion() + " to " + r.toVersion() + " (" + r.applied().size()
                    + " migration" + (r.applied().size() == 1 ? "" : "s") + ", " + ms + " ms).");
        }
        say("Database: " + r.database().describe());
    }
}
