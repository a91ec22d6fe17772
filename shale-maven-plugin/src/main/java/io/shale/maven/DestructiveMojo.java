package io.shale.maven;

import io.shale.Shale;
import io.shale.dialect.DatabaseIdentity;
import io.shale.run.Confirmation;
import io.shale.run.MigrationContext;
import io.shale.workspace.Workspace;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that changes or removes what exists. A build has no terminal to ask on, so these goals
 * always act as the CLI does without one: they name the target, then go ahead only with
 * {@code -Dshale.yes} (where the environment is not protected) or {@code -Dshale.confirm=DATABASE};
 * a protected environment also needs {@code -Dshale.allowProtected}. The refusal itself is the
 * command's (core's guard), so its message is the CLI's.
 */
public abstract class DestructiveMojo extends AbstractShaleMojo {
    /** Go ahead where the environment is not protected (the CLI's {@code --yes}). */
    @Parameter(property = "shale.yes", defaultValue = "false")
    protected boolean yes;

    /** The target database's name, to confirm (the CLI's {@code --confirm DATABASE}). */
    @Parameter(property = "shale.confirm")
    protected String confirm;

    /** Allow a protected environment, with {@code shale.confirm} naming the database (the CLI's {@code --allow-protected}). */
    @Parameter(property = "shale.allowProtected", defaultValue = "false")
    protected boolean allowProtected;

    /** The target database, as one connection identifies it (no history is read). */
    protected static DatabaseIdentity identity(Shale shale) {
        return shale.withContext(MigrationContext::identity);
    }

    /** Names the target as the CLI does ("About to clear DATABASE (environment ENV).") and returns the flags. */
    protected Confirmation confirmation(Workspace workspace, DatabaseIdentity database, String what) {
        say("About to " + what + " " + database.describe() + " (environment " + workspace.config().environment() + ").");
        return new Confirmation(yes, confirm, allowProtected);
    }
}
