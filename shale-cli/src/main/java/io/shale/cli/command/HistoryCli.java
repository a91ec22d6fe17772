package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.run.MigrationListener;
import io.shale.history.AppliedMigration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", description = "List the applied migrations, as recorded in the history table.")
public final class HistoryCli extends BaseCommand {
    @Option(names = "--json", description = "Print a JSON document (shape in docs/cli-json.md).")
    boolean json;

    public HistoryCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            List<AppliedMigration> rows = project.shale(MigrationListener.NONE).history();
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject().startArray("history");
                    for (AppliedMigration a : rows) {
                        j.startObject().field("version", a.version()).field("name", a.name())
                                .field("checksum", a.checksum()).field("kind", a.kind())
                                .field("appliedAt", a.appliedAt() == null ? null : a.appliedAt().toString())
                                .field("appliedBy", a.appliedBy()).field("executionMs", a.executionMs())
                                .field("success", a.success()).field("error", a.error()).endObject();
                    }
                    j.endArray().endObject();
                }
                return ExitCodes.OK;
            }
            if (rows.isEmpty()) {
                out().println("No migrations applied yet.");
            }
            for (AppliedMigration a : rows) {
                out().println(String.format("%6d  %-40s %-4s %s  %6d ms  %s%s", a.version(), a.name(), a.kind(),
                        a.appliedAt(), a.executionMs(), a.appliedBy() == null ? "" : a.appliedBy(),
                        a.success() ? "" : "  FAILED: " + a.error()));
            }
            return ExitCodes.OK;
        }
    }
}
