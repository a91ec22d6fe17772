package io.shale.maven;

import io.shale.Shale;
import io.shale.command.safety.VerifyCommand;
import io.shale.command.safety.VerifyReport;
import io.shale.workspace.Workspace;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale verify}: replay every migration on a scratch database holding generated rows: up, down
 * (which must restore the schema) and up again. Fails the build at the first migration that fails.
 */
@Mojo(name = "verify", requiresProject = false, threadSafe = true)
public final class VerifyMojo extends AbstractShaleMojo {
    /** Start with migration N; earlier ones run without data. */
    @Parameter(property = "shale.from", defaultValue = "1")
    int from;

    /** Generated rows per table before each migration. */
    @Parameter(property = "shale.rows", defaultValue = "20")
    int rows;

    @Override
    protected void run(Workspace workspace) throws MojoFailureException {
        VerifyCommand.Result r = Shale.of(workspace).verify(new VerifyCommand.Options(from, rows));
        List<String> lines = VerifyReport.lines(r);
        lines.forEach(this::say);
        if (!r.ok()) {
            throw new MojoFailureException(String.join("\n", lines));
        }
    }
}
