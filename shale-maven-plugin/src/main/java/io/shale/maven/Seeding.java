package io.shale.maven;

import io.shale.Shale;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.run.Confirmation;
import io.shale.workspace.Workspace;
import java.util.List;
import java.util.function.Consumer;

/** The seed step that seed, clear and reset share, with the CLI's line. */
final class Seeding {
    private Seeding() {
    }

    /** Runs the seed set {@code name}, leaving {@code reference} tables alone, and says what ran. */
    static SeedCommand.Result run(Shale shale, Workspace workspace, String name, List<String> reference,
                                  Confirmation confirmation, Consumer<String> say) {
        SeedCommand.Result s = shale.seed(new SeedCommand.Options(workspace.seeds(), name, reference, confirmation));
        say.accept("Seeded '" + s.name() + "': " + s.statements() + " statements from " + s.files().size() + " files.");
        return s;
    }
}
