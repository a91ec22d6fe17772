package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.ExitCodes;
import io.shale.cli.FleetFlags;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.cli.output.ProgressListener;
import io.shale.run.Confirmation;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.workspace.Workspace;
import io.shale.dialect.DatabaseIdentity;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "seed", description = "Run the seed set db/seeds/NAME/*.sql in name order, in one transaction.")
public final class SeedCli extends JsonCommand {
    @Parameters(paramLabel = "NAME", description = "The seed set (a folder under the seeds folder).")
    String name;

    @Mixin
    ConfirmOptions confirm;

    @Mixin
    FleetFlags fleet;

    public SeedCli(CliEnvironment env) {
        super(env);
    }

    /** Without flags and without a terminal, only an empty database can be seeded. */
    @Override
    public Integer call() {
        fleet.requireTarget();
        if (fleet.active()) {
            return FleetRun.run(env, options(), fleet, json, "seed", (f, targets, options, listener) ->
                    f.seed(targets, options, listener, name, confirm.forFleet()));
        }
        ProgressListener progress = progress();
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(progress);
            Workspace workspace = project.workspace();
            List<String> reference = new ArrayList<>(workspace.exclude());
            reference.addAll(workspace.referenceData().tables());
            DatabaseIdentity database = identity(shale);
            Confirmation confirmation = confirmation(confirm, database, target(database, workspace.config().environment()),
                    "seed '" + name + "' into");
            SeedCommand.Result r;
            try {
                r = seed(this, shale, workspace, name, reference, confirmation);
            } finally {
                progress.done();
            }
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject().database(database);
                    writeSeedFields(this, j, r);
                    j.endObject();
                }
            }
            return ExitCodes.OK;
        }
    }

    /** Runs the seed set; without {@code --json}, says what ran. */
    static SeedCommand.Result seed(JsonCommand command, Shale shale, Workspace workspace, String name,
                                   List<String> reference, Confirmation confirmation) {
        SeedCommand.Result s = shale.seed(new SeedCommand.Options(workspace.seeds(), name, reference, confirmation));
        if (!command.json) {
            command.out().println("Seeded '" + s.name() + "': " + s.statements() + " statements from "
                    + s.files().size() + " files.");
        }
        return s;
    }

    /** The {@code "seed"} field of clear and reset: what {@code --seed} ran, or null. */
    static void writeSeed(JsonCommand command, Json j, SeedCommand.Result s) {
        if (s == null) {
            j.nullField("seed");
            return;
        }
        j.startObject("seed");
        writeSeedFields(command, j, s);
        j.endObject();
    }

    private static void writeSeedFields(JsonCommand command, Json j, SeedCommand.Result s) {
        j.field("name", s.name()).field("statements", s.statements()).startArray("files");
        s.files().forEach(f -> j.value(command.relative(f)));
        j.endArray();
    }
}
