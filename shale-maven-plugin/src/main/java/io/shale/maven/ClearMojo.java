package io.shale.maven;

import io.shale.Shale;
import io.shale.command.lifecycle.ClearCommand;
import io.shale.run.Confirmation;
import io.shale.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale clear}: empty every table (but Shale's and excluded ones), then restore the rows the
 * migrations insert; optionally run a seed set afterwards.
 */
@Mojo(name = "clear", requiresProject = false, threadSafe = true)
public final class ClearMojo extends DestructiveMojo {
    /** Run this seed set afterwards. */
    @Parameter(property = "shale.seed")
    String seed;

    @Override
    protected void run(Workspace workspace) {
        Shale shale = Shale.of(workspace).withListener(new LogProgress(getLog()));
        Confirmation confirmation = confirmation(workspace, identity(shale), "clear");
        ClearCommand.Result r = shale.clear(new ClearCommand.Options(workspace.exclude(), workspace.referenceData(),
                confirmation));
        long rows = r.restored().values().stream().mapToLong(Integer::longValue).sum();
        say("Cleared " + r.cleared().size() + " tables of " + r.database().describe() + "; restored " + rows
                + " reference rows in " + r.restored().size() + " tables.");
        if (seed != null) {
            List<String> reference = new ArrayList<>(workspace.exclude());
            reference.addAll(r.restored().keySet());
            Seeding.run(shale, workspace, seed, reference, confirmation, this::say);
        }
    }
}
