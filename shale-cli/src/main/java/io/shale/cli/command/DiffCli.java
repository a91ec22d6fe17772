package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.command.generate.DiffCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "diff", description = {
        "Print the SQL that turns one schema into another. Each side is `migrations`, `models`, `database`",
        "(the configured one), a JDBC URL, or a .sql file of DDL."})
public final class DiffCli extends JsonCommand {
    @Option(names = "--from", paramLabel = "SOURCE", defaultValue = "migrations", description = "Default: migrations.")
    String from;

    @Option(names = "--to", paramLabel = "SOURCE", defaultValue = "models", description = "Default: models.")
    String to;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "A rename hint (repeatable), as for generate.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--exit-code", description = "Exit 1 when the schemas differ.")
    boolean exitCode;

    @Option(names = "--allow-unproven", description = {
            "Print the SQL even when, applied to --from, it does not reach --to by the engine's own definitions",
            "(exit 10 otherwise); the differences are printed as warnings."})
    boolean allowUnproven;

    public DiffCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            Shale shale = Shale.of(project.workspace());
            DiffCommand.Result r = shale.diff(new DiffCommand.Options(shale.schemaSource(from),
                    shale.schemaSource(to), RenameOptions.parse(renames), allowUnproven));
            for (String w : r.warnings()) {
                env.err().println("WARNING: " + w);
            }
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject().field("from", from).field("to", to).field("differs", !r.sql().isEmpty())
                            .field("changes", r.changes());
                    j.strings("sql", r.sql().stream()
                            .map(s -> s.startsWith("--") ? s : project.dialect().scriptStatement(s)).toList());
                    j.strings("warnings", r.warnings()).endObject();
                }
                return exitCode && !r.sql().isEmpty() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
            }
            if (r.sql().isEmpty()) {
                out().println("-- No differences.");
                return ExitCodes.OK;
            }
            for (String s : r.sql()) {
                out().println(s.startsWith("--") ? s : project.dialect().scriptStatement(s));
            }
            return exitCode ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
        }
    }
}
