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
import io.shale.proof.Difference;
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
                          int appliedVersion, Integer verifyFrom) {
        /** @param verifyFrom run {@code verify} on the migrations from this version on; null for no verify */
        public Options {
        }

        public Options(boolean lint, boolean drift, ModelSource models, SchemaSource.Database database,
                       int appliedVersion) {
            this(lint, drift, models, database, appliedVersion, null);
        }
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
        if (options.verifyFrom() != null && options.verifyFrom() > migrations.latestVersion()) {
            rows.add(row("verify (nothing after version " + (options.verifyFrom() - 1) + ")", "verify", problems));
        } else if (options.verifyFrom() != null) {
            verify(options.verifyFrom(), problems);
            rows.add(row("verify (from version " + options.verifyFrom() + ")", "verify", problems));
        }
        return new Result(rows, problems);
    }

    /** The new migrations replayed over generated rows: a failure that needs data is an error of the gate. */
    private void verify(int from, List<Problem> problems) {
        VerifyCommand.Result r = new VerifyCommand(dialect, scratch, migrations, skipTable)
                .run(new VerifyCommand.Options(from, VerifyCommand.Options.DEFAULTS.rows()));
        r.notes().forEach(n -> problems.add(new Problem("verify", false, "VERIFY_NOTE", n, null, null, 0)));
        VerifyFailure f = r.failure();
        if (f != null) {
            problems.add(new Problem("verify", true, "VERIFY_FAILED", f.script() + " (" + f.phase() + ") fails on a "
                    + "database with rows: " + f.message(), "run `shale verify --from " + from + "` for the full "
                    + "report; backfill or clean the rows in the migration, or an earlier one", null, 0));
        }
    }

    private void drift(Options options, List<Problem> problems) {
        DriftCommand.Result r = new DriftCommand(dialect, scratch, migrations, skipTable, schemas)
                .run(new DriftCommand.Options(options.models(), options.database(), options.appliedVersion()));
        r.warnings().forEach(w -> problems.add(new Problem("drift", false, "NOT_COMPARED", w, null, null, 0)));
        if (!r.modelsDifferences().isEmpty()) {
            problems.add(new Problem("drift", true, "MODELS_DRIFT", "the models differ from what the migrations build"
                    + " (expected: the migrations; actual: the models): " + described(r.modelsDifferences())
                    + suggestion(r.modelsDrift()), "run `shale generate -m ...` and review the file", null, 0));
        }
        if (!r.databaseDifferences().isEmpty()) {
            problems.add(new Problem("drift", true, "DATABASE_DRIFT", "the database differs from what its applied "
                    + "migrations build (hand-made changes?) (expected: the migrations; actual: the database): "
                    + described(r.databaseDifferences()) + suggestion(r.databaseDrift()),
                    "put the change in a migration, or undo it in the database", null, 0));
        }
    }

    private static String described(List<Difference> differences) {
        StringBuilder sb = new StringBuilder();
        differences.forEach(d -> sb.append("\n  ").append(d.describe()));
        return sb.toString();
    }

    /** The SQL Shale's differ would use to close the drift, where it renders it. */
    private static String suggestion(List<String> sql) {
        return sql.isEmpty() ? "\nShale renders no SQL for this" : "\nthe SQL that closes it: " + String.join("; ", sql);
    }

    private static Row row(String label, String check, List<Problem> problems) {
        int errors = (int) problems.stream().filter(p -> p.check().equals(check) && p.error()).count();
        int warnings = (int) problems.stream().filter(p -> p.check().equals(check) && !p.error()).count();
        return new Row(label, errors > 0 ? "FAIL" : "ok", errors, warnings);
    }
}
