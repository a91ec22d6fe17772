package io.shale.command.safety;

import io.shale.command.generate.DriftCommand;
import io.shale.command.generate.ModelSource;
import io.shale.command.generate.SchemaSource;
import io.shale.command.history.ValidateCommand;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.lint.Finding;
import io.shale.lint.Severity;
import io.shale.migration.MigrationSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code shale check}, the CI gate: the files, numbering and {@code shale.sum} (and, with a database,
 * the applied checksums), the lint rules, and with drift the models against the migrations (and the
 * live database against what its applied migrations build). Every finding of every check is one
 * {@link Problem}; the gate passes when none is an error.
 */
public final class CheckCommand {

    /**
     * @param lint           run the lint rules
     * @param drift          compare the models (and the database, when given) with the migrations
     * @param models         the models, or null when none are configured (drift then skips them)
     * @param database       the live database for the drift check, or null
     * @param appliedVersion the live database's version (what its applied migrations build)
     */
    public record Options(boolean lint, boolean drift, ModelSource models, SchemaSource.Database database,
                          int appliedVersion) {
    }

    /** One finding of any check; {@code file} is null where the finding is not about one file. */
    public record Problem(String check, boolean error, String code, String message, String hint, Path file, int line) {
    }

    /** One row of the summary: a check, FAIL or ok, and how many errors and warnings it found. */
    public record Row(String check, String result, int errors, int warnings) {
    }

    public record Result(List<Row> rows, List<Problem> problems) {
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.stream().noneMatch(Problem::error);
        }
    }

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final MigrationSet migrations;
    private final Predicate<String> skipTable;
    private final ValidateCommand validate;
    private final List<String> schemas;

    /**
     * @param validate the files check, built with a database context when the applied checksums are checked too
     */
    public CheckCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, Predicate<String> skipTable,
                        ValidateCommand validate) {
        this(dialect, scratch, migrations, skipTable, validate, List.of());
    }

    /** @param schemas the schemas drift compares ({@code schemas:}); empty: the engine's default */
    public CheckCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, Predicate<String> skipTable,
                        ValidateCommand validate, List<String> schemas) {
        this.schemas = List.copyOf(schemas);
        this.dialect = dialect;
        this.scratch = scratch;
        this.migrations = migrations;
        this.skipTable = skipTable;
        this.validate = validate;
    }

    public Result run(Options options) {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        ValidateCommand.Result files = validate.run();
        for (ValidateCommand.Problem p : files.problems()) {
            problems.add(new Problem("files", p.severity() == ValidateCommand.Severity.ERROR, p.code(), p.message(),
                    p.hint(), null, 0));
        }
        rows.add(row(files.databaseChecked() ? "files, sum, applied checksums" : "files, sum, numbering", "files",
                problems));
        if (options.lint()) {
            LintCommand.Result lint = new LintCommand(dialect, scratch, migrations, skipTable)
                    .run(new LintCommand.Options(List.of(), Set.of()));
            for (Finding f : lint.findings()) {
                problems.add(new Problem("lint", f.severity() == Severity.ERROR, f.code(), f.message(), f.hint(),
                        f.file(), f.line()));
            }
            rows.add(row("lint (" + lint.linted().size() + " files)", "lint", problems));
        }
        if (options.drift()) {
            drift(options, problems);
            rows.add(row(options.database() != null ? "drift: models, database" : "drift: models", "drift", problems));
        }
        return new Result(rows, problems);
    }

    private void drift(Options options, List<Problem> problems) {
        DriftCommand.Result r = new DriftCommand(dialect, scratch, migrations, skipTable, schemas)
                .run(new DriftCommand.Options(options.models(), options.database(), options.appliedVersion()));
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
}
