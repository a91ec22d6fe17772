package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.cli.output.ProgressListener;
import io.shale.command.safety.VerifyCommand;
import io.shale.command.safety.VerifyFailure;
import io.shale.command.safety.VerifyReport;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Progress goes to stderr, bars only on a terminal: stdout holds the report. */
@Command(name = "verify", description = {
        "Prove that the migrations work on a database that holds data.",
        "In a throw-away scratch database, before each migration every table is filled with generated rows",
        "(edge values included); then its up, its down (which must restore the schema exactly) and its up again run.",
        "Exit 0 when all pass, 1 at the first migration that fails; your own database is never touched."})
public final class VerifyCli extends JsonCommand {
    @Option(names = "--from", paramLabel = "N", description = "Start with migration N; earlier ones run without data (default 1).")
    int from = VerifyCommand.Options.DEFAULTS.from();

    @Option(names = "--rows", paramLabel = "K", description = "Generated rows per table before each migration (default 20).")
    int rows = VerifyCommand.Options.DEFAULTS.rows();

    public VerifyCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            ProgressListener progress = new ProgressListener(env.err(), terminal().interactive());
            VerifyCommand command = new VerifyCommand(project.dialect(), project.scratch(), project.migrations(),
                    project.skippedTables(), progress);
            VerifyCommand.Result r;
            try {
                r = command.run(new VerifyCommand.Options(from, rows));
            } finally {
                progress.done();
            }
            if (json) {
                writeJson(r);
            } else {
                VerifyReport.lines(r).forEach(out()::println);
            }
            return r.ok() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }

    private void writeJson(VerifyCommand.Result r) {
        try (Json j = new Json(out())) {
            j.startObject().field("ok", r.ok()).field("database", r.database());
            j.startArray("passed");
            for (VerifyCommand.Step s : r.passed()) {
                j.startObject().field("version", s.version()).field("script", s.script())
                        .field("downVerified", s.downVerified()).startObject("rowsInserted");
                new TreeMap<>(s.rowsInserted()).forEach((table, rows) -> j.field(table, rows));
                j.endObject().endObject();
            }
            j.endArray();
            VerifyFailure f = r.failure();
            if (f == null) {
                j.nullField("failure");
            } else {
                j.startObject("failure").field("version", f.version()).field("script", f.script())
                        .field("phase", f.phase().name()).field("message", f.message())
                        .field("databaseError", f.databaseError()).field("table", f.table())
                        .field("generatedRows", f.generatedRows()).field("totalRows", f.totalRows())
                        .strings("sampleRows", f.sampleRows()).strings("remaining", f.remaining())
                        .field("hint", f.hint()).endObject();
            }
            j.strings("notes", r.notes()).strings("generatorNotes", r.generatorNotes()).endObject();
        }
    }
}
