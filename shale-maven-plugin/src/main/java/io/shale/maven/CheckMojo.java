package io.shale.maven;

import io.shale.Shale;
import io.shale.command.safety.CheckCommand;
import io.shale.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code shale check}, the CI gate: files, numbering, shale.sum and lint errors; with
 * {@code shale.drift}, the models against the migrations. Prints the CLI's problem lines and summary
 * table; a failing check fails the build with the problems and {@code check failed}. A declared
 * execution without a phase runs in {@code verify}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class CheckMojo extends AbstractShaleMojo {
    /** Compare the models with the migrations (needs {@code models:}). */
    @Parameter(property = "shale.drift", defaultValue = "false")
    boolean drift;

    /** Skip the lint rules (the CLI's {@code --no-lint}). */
    @Parameter(property = "shale.noLint", defaultValue = "false")
    boolean noLint;

    /** Also check the configured database: applied checksums, and with drift hand-made changes. */
    @Parameter(property = "shale.database", defaultValue = "false")
    boolean database;

    @Override
    protected void run(Workspace workspace) throws MojoFailureException {
        CheckCommand.Result result = Shale.of(workspace).check(!noLint, drift, database);
        List<String> problems = new ArrayList<>();
        for (CheckCommand.Problem p : result.problems()) {
            problems.add((p.file() == null ? "" : relative(p.file()) + ":" + p.line() + ": ")
                    + (p.error() ? "error" : "warning") + " " + p.code() + ": " + p.message()
                    + (p.hint() == null ? "" : "\n  hint: " + p.hint()));
        }
        problems.forEach(this::say);
        say(String.format("%-34s %-6s %6s %8s", "check", "result", "errors", "warnings"));
        for (CheckCommand.Row r : result.rows()) {
            say(String.format("%-34s %-6s %6d %8d", r.check(), r.result(), r.errors(), r.warnings()));
        }
        if (!result.ok()) {
            problems.add("check failed");
            throw new MojoFailureException(String.join("\n", problems));
        }
        say("check passed");
    }
}
