package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.command.squash.LiveBaselineCommand;
import io.shale.data.ReferenceDataPolicy;
import io.shale.dialect.DatabaseIdentity;
import io.shale.run.Confirmation;
import io.shale.run.MigrationListener;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "baseline", description = {
        "Write one migration from the live database: its schema, the rows of the reference-data tables and their",
        "sequence positions, proved on a scratch database; then record it as applied there (as stamp does).",
        "See docs/coming-from-alembic.md."})
public final class BaselineCli extends JsonCommand {
    @Option(names = "--reference-data", paramLabel = "PATTERN",
            description = "Tables whose rows the baseline carries (globs; repeatable). Default: the reference-data: list.")
    List<String> referenceData;

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "The file's name (default: baseline).")
    String message;

    @Option(names = "--dry-run", description = "Build and prove the baseline, print it; write and record nothing.")
    boolean dryRun;

    @Mixin
    ConfirmOptions confirm;

    public BaselineCli(CliEnvironment env) {
        super(env);
    }

    /** The baseline is often a project's first file: its folder need not exist yet. */
    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING, "Could not create " + folder + ": " + e,
                    "create the migrations folder, or set `migrations:` in shale.yaml");
        }
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            createFolder(project.config().migrations());
            Shale shale = project.shale(MigrationListener.NONE);
            ReferenceDataPolicy policy = project.workspace().referenceData();
            List<String> tables = referenceData != null ? referenceData : policy.auto() ? List.of() : policy.tables();
            DatabaseIdentity database = identity(shale);
            Confirmation confirmation = dryRun ? null
                    : confirmation(confirm, database, database.describe(), "record a baseline as applied on");
            LiveBaselineCommand.Result r = shale.baseline(new LiveBaselineCommand.Options(tables, message, dryRun),
                    confirmation);
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject().database(database).field("file", relative(r.file())).field("version", r.version())
                            .field("dryRun", dryRun).field("written", r.written()).field("tables", r.tables())
                            .strings("referenceTables", r.referenceTables()).field("rows", r.rows())
                            .strings("warnings", r.warnings()).endObject();
                }
                return ExitCodes.OK;
            }
            r.warnings().forEach(w -> env.err().println("WARNING: " + w));
            if (referenceData == null && policy.auto()) {
                env.err().println("NOTE: reference-data is auto (or unset): the baseline carries no rows; list the "
                        + "tables under reference-data: or pass --reference-data PATTERN");
            }
            if (dryRun) {
                out().print(r.content());
                out().println("-- would write " + relative(r.file()));
            } else {
                out().println("Wrote " + relative(r.file()) + ": " + r.tables() + " table(s), " + r.rows()
                        + " reference row(s) from " + r.referenceTables() + "; recorded as applied on "
                        + database.describe() + ".");
            }
            return ExitCodes.OK;
        }
    }
}
