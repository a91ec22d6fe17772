package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.ExitCodes;
import io.shale.cli.FleetFlags;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.run.MigrationListener;
import io.shale.command.migrate.StampCommand;
import io.shale.dialect.DatabaseIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", description = "Record migrations up to VERSION as applied (and later ones as not), running nothing.")
public final class StampCli extends JsonCommand {
    @Parameters(paramLabel = "VERSION", description = "The version the database is at (0 = none applied).")
    int version;

    @Mixin
    ConfirmOptions confirm;

    @Mixin
    FleetFlags fleet;

    public StampCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        fleet.requireTarget();
        if (fleet.active()) {
            return FleetRun.run(env, options(), fleet, json, "stamp", (f, targets, options, listener) ->
                    f.stamp(targets, options, listener, version, confirm.forFleet()));
        }
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(MigrationListener.NONE);
            DatabaseIdentity database = identity(shale);
            var confirmation = confirmation(confirm, database, database.describe(), "stamp version " + version + " on");
            StampCommand.Result r = shale.stamp(version, confirmation);
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject().database(database).field("fromVersion", r.fromVersion())
                            .field("toVersion", r.toVersion()).startArray("recorded");
                    r.recorded().forEach(j::value);
                    j.endArray().startArray("removed");
                    r.removed().forEach(j::value);
                    j.endArray().endObject();
                }
            } else {
                out().println("Stamped version " + r.toVersion() + ": recorded " + r.recorded() + ", removed "
                        + r.removed() + ".");
            }
            return ExitCodes.OK;
        }
    }
}
