package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.dialect.Dialect;
import io.shale.command.generate.GenerateCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", description = {
        "Write the next migration by comparing the models with the schema the migrations build.",
        "Both are built in throw-away scratch databases; your own database is never read."})
public final class GenerateCli extends JsonCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "What the migration does.")
    String message;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = {
            "A rename, not a drop and an add: TABLE.COLUMN=NEW_COLUMN or TABLE=NEW_TABLE, optionally",
            "schema-qualified (SCHEMA.TABLE.COLUMN=NEW_COLUMN) (repeatable)."})
    List<String> renames = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the SQL; write nothing.")
    boolean dryRun;

    @Option(names = "--allow-unproven", description = {
            "Write the file even when the engine's own definitions still differ after it (exit 10 otherwise);",
            "the differences become -- WARNING: lines in the file."})
    boolean allowUnproven;

    public GenerateCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            GenerateCommand command = new GenerateCommand(project.dialect(), project.scratch(), project.migrations(),
                    project.models(), project.skippedTables(), project.workspace().schemas());
            GenerateCommand.Result r = command.run(new GenerateCommand.Options(message, RenameOptions.parse(renames),
                    dryRun, allowUnproven));
            for (String w : r.warnings()) {
                env.err().println("WARNING: " + w);
            }
            if (json) {
                writeJson(r, project.dialect());
                return ExitCodes.OK;
            }
            if (!r.changed()) {
                out().println("No changes: the migrations already build the models.");
                return ExitCodes.OK;
            }
            if (dryRun) {
                var dialect = project.dialect();
                out().println("-- migrate:up");
                r.up().forEach(st -> out().println(st.startsWith("--") ? st : dialect.scriptStatement(st)));
                out().println("-- migrate:down");
                r.down().forEach(st -> out().println(st.startsWith("--") ? st : dialect.scriptStatement(st)));
                return ExitCodes.OK;
            }
            out().println("Wrote " + env.workingDirectory().relativize(r.file().toAbsolutePath()) + " ("
                    + r.up().size() + " statement(s) up, " + r.down().size() + " down). Review it before you commit it.");
            return ExitCodes.OK;
        }
    }

    /** The statements as the file holds them (or would hold them, on a dry run). */
    private void writeJson(GenerateCommand.Result r, Dialect dialect) {
        try (Json j = new Json(out())) {
            j.startObject().field("changed", r.changed()).field("dryRun", dryRun)
                    .field("file", r.file() == null || dryRun ? null : relative(r.file()));
            j.strings("up", r.up().stream().map(st -> st.startsWith("--") ? st : dialect.scriptStatement(st)).toList());
            j.strings("down", r.down().stream().map(st -> st.startsWith("--") ? st : dialect.scriptStatement(st)).toList());
            j.strings("warnings", r.warnings()).endObject();
        }
    }
}
