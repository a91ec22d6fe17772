package io.shale.maven;

import io.shale.Shale;
import io.shale.command.generate.DiffCommand;
import io.shale.workspace.Workspace;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale diff}: the SQL that turns one schema into another. Each side is {@code migrations},
 * {@code models}, {@code database}, a JDBC URL, or a .sql file of DDL.
 */
@Mojo(name = "diff", requiresProject = false, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class DiffMojo extends AbstractShaleMojo {
    @Parameter(property = "shale.from", defaultValue = "migrations")
    String from;

    @Parameter(property = "shale.to", defaultValue = "models")
    String to;

    /** Rename hints, as for generate. */
    @Parameter(property = "shale.renames")
    List<String> renames;

    /** Fail the build when the schemas differ (the CLI's {@code --exit-code}). */
    @Parameter(property = "shale.failOnDifference", defaultValue = "false")
    boolean failOnDifference;

    @Override
    protected void run(Workspace workspace) throws MojoFailureException {
        Shale shale = Shale.of(workspace);
        DiffCommand.Result r = shale.diff(new DiffCommand.Options(shale.schemaSource(from), shale.schemaSource(to),
                RenameHints.parse(renames)));
        r.warnings().forEach(w -> warn("WARNING: " + w));
        if (r.sql().isEmpty()) {
            say("-- No differences.");
            return;
        }
        for (String s : r.sql()) {
            say(s.startsWith("--") ? s : workspace.dialect().scriptStatement(s));
        }
        if (failOnDifference) {
            throw new MojoFailureException("The schemas differ: " + from + " -> " + to + " (shale.failOnDifference).");
        }
    }
}
