package io.shale.maven;

import io.shale.Shale;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.dialect.DatabaseIdentity;
import io.shale.run.Confirmation;
import io.shale.workspace.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code shale downgrade}: revert the last {@code shale.steps} migrations (default 1), or all above {@code shale.target}. */
@Mojo(name = "downgrade", requiresProject = false, threadSafe = true)
public final class DowngradeMojo extends DestructiveMojo {
    /** Revert every migration above this version (0 = all); the CLI's {@code --to}. */
    @Parameter(property = "shale.target")
    Integer target;

    /** Revert the last K migrations (default 1). */
    @Parameter(property = "shale.steps")
    Integer steps;

    /** Print the exact SQL that would run; change nothing (needs no confirmation). */
    @Parameter(property = "shale.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    protected void run(Workspace workspace) {
        Shale shale = Shale.of(workspace).withListener(new LogProgress(getLog()));
        DatabaseIdentity database = identity(shale);
        Confirmation confirmation = dryRun ? Confirmation.NONE : confirmation(workspace, database, "downgrade");
        DowngradeCommand.Result r = shale.downgrade(new DowngradeCommand.Options(target, steps, dryRun, confirmation));
        if (dryRun) {
            r.script().forEach(this::say);
        } else {
            say("Downgraded from version " + r.fromVersion() + " to " + r.toVersion() + " (" + r.reverted().size()
                    + " reverted).");
        }
    }
}
