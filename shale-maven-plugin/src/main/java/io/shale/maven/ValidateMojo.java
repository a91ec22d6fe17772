package io.shale.maven;

import io.shale.Shale;
import io.shale.command.history.ValidateCommand;
import io.shale.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale validate}: the files, numbering, shale.sum and the applied checksums; fails the build
 * on errors. The validate-only mode for applications whose migrations run in a separate job.
 */
@Mojo(name = "validate", requiresProject = false, threadSafe = true)
public final class ValidateMojo extends AbstractShaleMojo {
    /** Check the files only; do not connect to the database. */
    @Parameter(property = "shale.offline", defaultValue = "false")
    boolean offline;

    @Override
    protected void run(Workspace workspace) throws MojoFailureException {
        Shale shale = Shale.of(workspace);
        ValidateCommand.Result r = offline ? shale.validateFiles() : shale.validate();
        List<String> lines = new ArrayList<>();
        for (ValidateCommand.Problem p : r.problems()) {
            lines.add(p.severity().name().toLowerCase(Locale.ROOT) + ": " + p.message());
            if (p.hint() != null) {
                lines.add("  hint: " + p.hint());
            }
            lines.add("  code: " + p.code());
        }
        lines.forEach(this::say);
        if (!r.ok()) {
            lines.add("Invalid: " + r.problems().size() + " problem(s).");
            throw new MojoFailureException(String.join("\n", lines));
        }
        say("Valid: " + r.files() + " migrations" + (r.databaseChecked() ? ", database history matches." : " (files only)."));
    }
}
