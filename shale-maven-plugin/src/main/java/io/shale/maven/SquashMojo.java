package io.shale.maven;

import io.shale.Shale;
import io.shale.command.squash.SquashCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.workspace.Workspace;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale squash}: replace migrations 1..N by one baseline (schema and rows), proved equal to a
 * replay first. No database is changed, but files are moved or deleted, so a build must say
 * {@code -Dshale.yes} (a plugin-only rule: the CLI's squash is run by a person who reads its output).
 */
@Mojo(name = "squash", requiresProject = false, threadSafe = true)
public final class SquashMojo extends DestructiveMojo {
    /** The last version replaced (default: the latest). */
    @Parameter(property = "shale.through")
    Integer through;

    /** Delete the replaced files instead of moving them to archive/. */
    @Parameter(property = "shale.delete", defaultValue = "false")
    boolean delete;

    /** Print the baseline; write and move nothing (needs no confirmation). */
    @Parameter(property = "shale.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    protected void run(Workspace workspace) {
        if (!dryRun && !yes && confirm == null) {
            throw new ShaleException(ErrorCode.CONFIRMATION_REQUIRED,
                    "squash would rewrite the migrations in " + workspace.migrationsLabel() + " and has no confirmation",
                    "run `mvn shale:squash -Dshale.yes` to go ahead, or -Dshale.dryRun to see the baseline first");
        }
        SquashCommand.Result r = Shale.of(workspace).squash(new SquashCommand.Options(through, delete, dryRun));
        r.warnings().forEach(w -> warn("WARNING: " + w));
        if (dryRun) {
            say(r.content().stripTrailing());
            return;
        }
        for (int i = 0; i < r.replaced().size(); i++) {
            Path to = r.moved().get(i);
            say((to == null ? "Deleted " : "Moved ") + relative(r.replaced().get(i)) + (to == null ? "" : " -> " + relative(to)));
        }
        say("Wrote " + relative(r.baseline()) + ": versions " + r.first() + " to " + r.version() + ", " + r.tables()
                + " table(s), " + r.rows() + " row(s); shale.sum rewritten. Review it before you commit it.");
    }
}
