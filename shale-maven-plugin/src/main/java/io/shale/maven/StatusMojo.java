package io.shale.maven;

import io.shale.Shale;
import io.shale.command.history.StatusCommand;
import io.shale.history.MigrationState;
import io.shale.history.Reconciliation;
import io.shale.migration.SquashedRange;
import io.shale.workspace.Workspace;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code shale status}: the current version, pending migrations and any problem. */
@Mojo(name = "status", requiresProject = false, threadSafe = true)
public final class StatusMojo extends AbstractShaleMojo {
    /** Fail the build when migrations are pending or something is wrong (the CLI's {@code --exit-code}). */
    @Parameter(property = "shale.failIfPending", defaultValue = "false")
    boolean failIfPending;

    @Override
    protected void run(Workspace workspace) throws MojoFailureException {
        StatusCommand.Result r = Shale.of(workspace).status();
        say("Database:  " + r.database().describe());
        say("Version:   " + r.currentVersion() + " (newest file: " + r.latestVersion() + ")");
        if (r.environment() != null) {
            say("Environment stored in the database: " + r.environment());
        }
        say("Pending:   " + r.count(MigrationState.PENDING));
        for (Reconciliation.Entry e : r.entries()) {
            if (e.state() != MigrationState.APPLIED) {
                say(String.format("  %-18s %s", e.state().name().toLowerCase().replace('_', ' '), e.script()));
            }
        }
        Reconciliation.Entry baseline = r.belowBaseline().orElse(null);
        if (baseline != null) {
            say("Below the squash baseline " + baseline.script() + ": this database needs the archived files "
                    + "for " + SquashedRange.versions(r.currentVersion() + 1, baseline.version()) + ".");
            say("Run `shale upgrade --include-archive` to apply them and the rest, or rebuild it (`shale reset`).");
        } else if (r.hasProblems()) {
            say("Problems found: run `shale validate` for details and what to do.");
        } else if (r.upToDate()) {
            say("Up to date.");
        }
        if (failIfPending && !r.upToDate()) {
            throw new MojoFailureException("The database is not up to date (shale.failIfPending).");
        }
    }
}
