package io.shale.maven;

import io.shale.Shale;
import io.shale.command.safety.LintCommand;
import io.shale.lint.LintFormat;
import io.shale.workspace.Workspace;
import java.io.File;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shale lint}: statements that lose data, fail on tables with rows, or lock tables. Prints
 * the CLI's findings; an error-severity finding fails the build with the findings as its message.
 */
@Mojo(name = "lint", requiresProject = false, threadSafe = true)
public final class LintMojo extends AbstractShaleMojo {
    /** Migration files to lint (default: all). */
    @Parameter(property = "shale.files")
    List<File> files;

    /** Opt-in rules to run as well, by code. */
    @Parameter(property = "shale.enable")
    List<String> enable;

    @Override
    protected void run(Workspace workspace) throws MojoFailureException {
        LinkedHashSet<String> enabled = new LinkedHashSet<>();
        if (enable != null) {
            enable.forEach(code -> enabled.add(code.trim().toUpperCase(Locale.ROOT)));
        }
        List<java.nio.file.Path> paths = files == null ? List.of()
                : files.stream().map(f -> directory.toPath().resolve(f.toPath()).toAbsolutePath()).toList();
        LintCommand.Result r = Shale.of(workspace).lint(new LintCommand.Options(paths, enabled));
        String findings = LintFormat.TEXT.render(r.findings(), this::relative).stripTrailing();
        String summary = r.linted().size() + " file(s) linted: " + r.errors() + " error(s), " + r.warnings()
                + " warning(s)";
        if (!findings.isEmpty()) {
            say(findings);
        }
        say(summary);
        if (r.errors() > 0) {
            throw new MojoFailureException(findings + "\n" + summary);
        }
    }
}
