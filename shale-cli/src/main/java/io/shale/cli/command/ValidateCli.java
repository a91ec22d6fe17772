package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.FleetFlags;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.run.MigrationListener;
import io.shale.command.history.ValidateCommand;
import io.shale.fleet.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", description = "Check the files, numbering, shale.sum and the applied checksums; exit 1 on errors.")
public final class ValidateCli extends BaseCommand {
    @Option(names = "--json", description = "Print a JSON document (shape in docs/cli-json.md).")
    boolean json;

    @Option(names = "--offline", description = "Check the files only; do not connect to the database.")
    boolean offline;

    @Mixin
    FleetFlags fleet;

    public ValidateCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        fleet.requireTarget();
        if (fleet.active()) {
            if (offline) {
                throw Project.usage("--offline and --target do not go together", "leave out one of them");
            }
            return FleetRun.run(env, options(), fleet, json, "validate", Fleet::validate);
        }
        try (Project project = Project.load(env, options())) {
            ValidateCommand.Result r = offline
                    ? new ValidateCommand(project.migrations(), null).run()
                    : project.shale(MigrationListener.NONE).validate();
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject().field("ok", r.ok()).field("files", r.files())
                            .field("databaseChecked", r.databaseChecked()).startArray("problems");
                    for (ValidateCommand.Problem p : r.problems()) {
                        j.startObject().field("severity", p.severity().name()).field("code", p.code())
                                .field("message", p.message()).field("hint", p.hint()).endObject();
                    }
                    j.endArray().endObject();
                }
            } else {
                for (ValidateCommand.Problem p : r.problems()) {
                    out().println(p.severity().name().toLowerCase() + ": " + p.message());
                    if (p.hint() != null) {
                        out().println("  hint: " + p.hint());
                    }
                    out().println("  code: " + p.code());
                }
                out().println(r.ok()
                        ? "Valid: " + r.files() + " migrations" + (r.databaseChecked() ? ", database history matches." : " (files only).")
                        : "Invalid: " + r.problems().size() + " problem(s).");
            }
            return r.ok() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }
}
