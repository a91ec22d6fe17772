package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.command.safety.LintCommand;
import io.shale.run.MigrationListener;
import io.shale.command.history.ValidateCommand;
import io.shale.command.generate.DriftCommand;
import io.shale.command.generate.SchemaSource;
import io.shale.lint.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", description = {
        "The CI gate: files, numbering, shale.sum and lint errors; with --drift, models against migrations",
        "(and, with --database, the live database against what its applied migrations build, and the applied",
        "checksums). Prints a summary table (or JSON, or GitHub annotations). Exit 1 on any error."})
public final class CheckCli extends BaseCommand {
    @Option(names = "--drift", description = "Compare the models with the migrations (needs models: in shale.yaml).")
    boolean drift;

    @Option(names = "--no-lint", description = "Skip the lint rules.")
    boolean noLint;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json, or github (workflow annotations).")
    String format;

    @Option(names = "--database", description = "Also check the configured database: applied checksums, and with --drift hand-made changes.")
    boolean database;

    public CheckCli(CliEnvironment env) {
        super(env);
    }

    /** One finding of any check, as the summary shows it. */
    record Problem(String check, boolean error, String code, String message, String hint, String file, int line) {
    }

    /** One row of the summary table. */
    record Row(String check, String result, int errors, int warnings) {
    }

    @Override
    public Integer call() {
        String shape = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "github").contains(shape)) {
            throw Project.usage("--format " + format + " is not a check format", "use text, json or github");
        }
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (Project project = Project.load(env, options())) {
            ValidateCommand.Result files = database ? project.shale(MigrationListener.NONE).validate()
                    : new ValidateCommand(project.migrations(), null).run();
            for (ValidateCommand.Problem p : files.problems()) {
                problems.add(new Problem("files", p.severity() == ValidateCommand.Severity.ERROR, p.code(), p.message(),
                        p.hint(), null, 0));
            }
            rows.add(row(database ? "files, sum, applied checksums" : "files, sum, numbering", "files", problems));
            if (!noLint) {
                LintCommand.Result lint = new LintCommand(project.dialect(), project.scratch(), project.migrations(),
                        project.skippedTables()).run(new LintCommand.Options(List.of(), Set.of()));
                for (Finding f : lint.findings()) {
                    problems.add(new Problem("lint", f.severity() == io.shale.lint.Severity.ERROR, f.code(),
                            f.message(), f.hint(), f.file() == null ? null
                            : env.workingDirectory().relativize(f.file().toAbsolutePath()).toString(), f.line()));
                }
                rows.add(row("lint (" + lint.linted().size() + " files)", "lint", problems));
            }
            if (drift) {
                drift(project, problems);
                rows.add(row(database ? "drift: models, database" : "drift: models", "drift", problems));
            }
        }
        boolean ok = problems.stream().noneMatch(Problem::error);
        switch (shape) {
            case "json" -> json(rows, problems, ok);
            case "github" -> github(problems);
            default -> text(rows, problems, ok);
        }
        return ok ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private void drift(Project project, List<Problem> problems) {
        SchemaSource.Database live = null;
        int applied = 0;
        if (database) {
            applied = project.shale(MigrationListener.NONE).status().currentVersion();
            live = new SchemaSource.Database(project.dataSource(), "the configured database");
        }
        boolean hasModels = project.workspace().hasModels();
        DriftCommand.Result r = new DriftCommand(project.dialect(), project.scratch(), project.migrations(),
                project.skippedTables()).run(new DriftCommand.Options(hasModels ? project.models() : null, live,
                applied));
        r.warnings().forEach(w -> problems.add(new Problem("drift", false, "NOT_COMPARED", w, null, null, 0)));
        if (!r.modelsDrift().isEmpty()) {
            problems.add(new Problem("drift", true, "MODELS_DRIFT", "the models differ from what the migrations build: "
                    + String.join("; ", r.modelsDrift()), "run `shale generate -m ...` and review the file", null, 0));
        }
        if (!r.databaseDrift().isEmpty()) {
            problems.add(new Problem("drift", true, "DATABASE_DRIFT", "the database differs from what its applied "
                    + "migrations build (hand-made changes?); undoing them takes: " + String.join("; ", r.databaseDrift()),
                    "put the change in a migration, or undo it in the database", null, 0));
        }
    }

    private static Row row(String label, String check, List<Problem> problems) {
        int errors = (int) problems.stream().filter(p -> p.check().equals(check) && p.error()).count();
        int warnings = (int) problems.stream().filter(p -> p.check().equals(check) && !p.error()).count();
        return new Row(label, errors > 0 ? "FAIL" : "ok", errors, warnings);
    }

    private void text(List<Row> rows, List<Problem> problems, boolean ok) {
        for (Problem p : problems) {
            out().println((p.file() == null ? "" : p.file() + ":" + p.line() + ": ") + (p.error() ? "error" : "warning")
                    + " " + p.code() + ": " + p.message() + (p.hint() == null ? "" : "\n  hint: " + p.hint()));
        }
        out().println(String.format("%-34s %-6s %6s %8s", "check", "result", "errors", "warnings"));
        for (Row r : rows) {
            out().println(String.format("%-34s %-6s %6d %8d", r.check(), r.result(), r.errors(), r.warnings()));
        }
        out().println(ok ? "check passed" : "check failed");
    }

    private void json(List<Row> rows, List<Problem> problems, boolean ok) {
        try (Json j = new Json(out())) {
            j.startObject().field("ok", ok).startArray("checks");
            for (Row r : rows) {
                j.startObject().field("check", r.check()).field("result", r.result()).field("errors", r.errors())
                        .field("warnings", r.warnings()).endObject();
            }
            j.endArray().startArray("problems");
            for (Problem p : problems) {
                j.startObject().field("check", p.check()).field("severity", p.error() ? "ERROR" : "WARNING")
                        .field("code", p.code()).field("message", p.message()).field("hint", p.hint())
                        .field("file", p.file()).field("line", p.line()).endObject();
            }
            j.endArray().endObject();
        }
    }

    private void github(List<Problem> problems) {
        for (Problem p : problems) {
            String where = p.file() == null ? "" : " file=" + p.file() + ",line=" + Math.max(1, p.line()) + ",";
            out().println("::" + (p.error() ? "error" : "warning") + where + (where.isEmpty() ? " " : "")
                    + "title=" + p.code() + "::" + (p.message() + (p.hint() == null ? "" : " (" + p.hint() + ")"))
                    .replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
        }
    }
}
