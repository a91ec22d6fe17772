package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.command.safety.LintCommand;
import io.shale.lint.LintFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint", description = {
        "Check migrations for statements that lose data, fail on tables with rows, or lock tables.",
        "Each file is checked against the schema the migrations before it build (in a scratch database).",
        "Exit 1 when an error-severity finding remains. Rules: docs/lint.md."})
public final class LintCli extends BaseCommand {
    @Parameters(paramLabel = "FILES", arity = "0..*", description = "Migration files to lint (default: all).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or github (workflow annotations).")
    String format;

    @Option(names = "--enable", paramLabel = "CODE", description = "Run an opt-in rule as well (repeatable).")
    List<String> enable = new ArrayList<>();

    public LintCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        LintFormat output = format(format);
        LinkedHashSet<String> enabled = new LinkedHashSet<>();
        enable.forEach(code -> enabled.add(code.toUpperCase(Locale.ROOT)));
        List<Path> absolute = files.stream().map(f -> env.workingDirectory().resolve(f)).toList();
        try (Project project = Project.load(env, options())) {
            LintCommand.Result r = new LintCommand(project.dialect(), project.scratch(), project.migrations(),
                    project.skippedTables()).run(new LintCommand.Options(absolute, enabled));
            out().print(output.render(r.findings(), this::relative));
            if (output == LintFormat.TEXT) {
                out().println(r.linted().size() + " file(s) linted: " + r.errors() + " error(s), " + r.warnings()
                        + " warning(s)");
            }
            out().flush();
            return r.errors() > 0 ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
        }
    }

    private String relative(Path file) {
        try {
            return env.workingDirectory().toAbsolutePath().relativize(file.toAbsolutePath()).toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    /** The --format value as a lint format, or a usage error. */
    static LintFormat format(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> LintFormat.TEXT;
            case "json" -> LintFormat.JSON;
            case "github" -> LintFormat.GITHUB;
            default -> throw Project.usage("--format " + format + " is not a lint format", "use text, json or github");
        };
    }
}
