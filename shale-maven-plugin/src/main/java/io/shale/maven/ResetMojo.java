package io.shale.maven;

import io.shale.Shale;
import io.shale.command.lifecycle.ResetCommand;
import io.shale.run.Confirmation;
import io.shale.workspace.Workspace;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code shale reset}: drop every object (or the database, with {@code shale.recreate}) and rebuild to head. */
@Mojo(name = "reset", requiresProject = false, threadSafe = true)
public final class ResetMojo extends DestructiveMojo {
    /** Drop the extensions too (PostgreSQL). */
    @Parameter(property = "shale.extensions", defaultValue = "false")
    boolean extensions;

    /** Drop and create the database itself (PostgreSQL, MySQL/MariaDB), then upgrade. */
    @Parameter(property = "shale.recreate", defaultValue = "false")
    boolean recreate;

    /** Do not use or keep a template database (PostgreSQL). */
    @Parameter(property = "shale.noTemplate", defaultValue = "false")
    boolean noTemplate;

    /** Run this seed set afterwards. */
    @Parameter(property = "shale.seed")
    String seed;

    @Override
    protected void run(Workspace workspace) {
        Shale shale = Shale.of(workspace).withListener(new LogProgress(getLog()));
        Confirmation confirmation = confirmation(workspace, identity(shale), "drop every object of");
        ResetCommand.Result r = shale.reset(new ResetCommand.Options(extensions, recreate, !noTemplate && !recreate,
                confirmation));
        if (r.note() != null) {
            warn("note: " + r.note());
        }
        say("Reset " + r.database().describe() + ": " + switch (r.method()) {
            case TEMPLATE_BUILT -> "built template " + r.template() + " and copied it";
            case TEMPLATE_REUSED -> "copied template " + r.template();
            case SPARE_RENAMED -> "renamed a ready copy of template " + r.template();
            case RECREATED -> "recreated the database, applied " + r.upgrade().applied().size() + " migrations";
            case OBJECTS_DROPPED -> "dropped every object, applied " + r.upgrade().applied().size() + " migrations";
        } + ".");
        if (seed != null) {
            Seeding.run(shale, workspace, seed, List.of(), confirmation, this::say);
        }
        r.awaitSpare();
    }
}
