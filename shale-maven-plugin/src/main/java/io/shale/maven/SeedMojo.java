package io.shale.maven;

import io.shale.Shale;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale seed NAME}: run the seed set {@code seeds/NAME/*.sql} in one transaction. Into an
 * empty database without flags; into one holding rows only with {@code -Dshale.yes} or
 * {@code -Dshale.confirm=DATABASE}.
 */
@Mojo(name = "seed", requiresProject = false, threadSafe = true)
public final class SeedMojo extends DestructiveMojo {
    /** The seed set (a folder under the seeds folder); required. */
    @Parameter(property = "shale.seed")
    String seed;

    @Override
    protected void run(Workspace workspace) {
        if (seed == null || seed.isBlank()) {
            throw new ShaleException(ErrorCode.USAGE, "seed needs the name of a seed set",
                    "run e.g. `mvn shale:seed -Dshale.seed=dev` (a folder under the seeds folder)");
        }
        Shale shale = Shale.of(workspace);
        List<String> reference = new ArrayList<>(workspace.exclude());
        reference.addAll(workspace.referenceData().tables());
        Seeding.run(shale, workspace, seed, reference,
                confirmation(workspace, identity(shale), "seed '" + seed + "' into"), this::say);
    }
}
