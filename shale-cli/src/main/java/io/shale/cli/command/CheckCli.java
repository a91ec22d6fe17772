package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.FleetFlags;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.command.safety.CheckCommand;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    FleetFlags fleet;

    @Option(names = "--verify-since", paramLabel = "REF|VERSION", description = {"Also run verify on the migrations "
            + "new since a git ref (origin/main) or after a version (12): one that fails with rows is an error."})
    String verifySince;

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
        fleet.requireTarget();
        if (fleet.active()) {
            if (shape.equals("github")) {
                throw Project.usage("--format github and --target do not go together", "use --format text or json");
            }
            if (verifySince != null) {
                throw Project.usage("--verify-since and --target do not go together",
                        "run check --verify-since once, without --target: verify proves the files on a scratch database");
            }
            // Each target: its applied checksums, and with --drift its live schema against its migrations.
            // The lint rules read only the files: run them once, without --target.
            return FleetRun.run(env, options(), fleet, shape.equals("json"), "check", (f, targets, options, listener) ->
                    f.check(targets, options, listener, false, drift));
        }
        CheckCommand.Result result;
        try (Project project = Project.load(env, options())) {
            result = Shale.of(project.workspace()).check(!noLint, drift, database, verifySince);
        }
        List<Row> rows = result.rows().stream()
                .map(r -> new Row(r.check(), r.result(), r.errors(), r.warnings())).toList();
        List<Problem> problems = result.problems().stream()
                .map(p -> new Problem(p.check(), p.error(), p.code(), p.message(), p.hint(), p.file() == null ? null
                        : env.workingDirectory().relativize(p.file().toAbsolutePath()).toString(), p.line())).toList();
        boolean ok = result.ok();
        switch (shape) {
            case "json" -> json(rows, problems, ok);
            case "github" -> github(problems);
            default -> text(rows, problems, ok);
        }
        return ok ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
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
