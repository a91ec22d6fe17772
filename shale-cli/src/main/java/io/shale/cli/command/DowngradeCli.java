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
import io.shale.command.migrate.DowngradeCommand;
import io.shale.dialect.DatabaseIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "downgrade", description = "Revert applied migrations: the last one, --steps K, or down --to VERSION.")
public final class DowngradeCli extends JsonCommand {
    @Option(names = "--to", paramLabel = "VERSION", description = "Revert every migration above VERSION (0 = all).")
    Integer to;

    @Option(names = "--steps", paramLabel = "K", description = "Revert the last K migrations (default 1).")
    Integer steps;

    @Option(names = "--dry-run", description = "Print the exact SQL that would run; change nothing.")
    boolean dryRun;

    @Mixin
    ConfirmOptions confirm;

    @Mixin
    FleetFlags fleet;

    public DowngradeCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        fleet.requireTarget();
        if (fleet.active()) {
            DowngradeCommand.Options downgrade = new DowngradeCommand.Options(to, steps, dryRun, null);
            return FleetRun.run(env, options(), fleet, json, "downgrade", (f, targets, options, listener) ->
                    f.downgrade(targets, options, listener, downgrade, confirm.forFleet()));
        }
        ProgressListener progress = progress();
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(progress);
            DatabaseIdentity database = identity(shale);
            Confirmation confirmation = dryRun ? Confirmation.NONE
                    : confirmation(confirm, database, target(database, project.config().environment()), "downgrade");
            DowngradeCommand.Result r;
            try {
                r = shale.downgrade(new DowngradeCommand.Options(to, steps, dryRun, confirmation));
            } finally {
                progress.done();
            }
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject().database(database).field("dryRun", dryRun)
                            .field("fromVersion", r.fromVersion()).field("toVersion", r.toVersion());
                    writeMigrations(j, "reverted", r.reverted(), shale.migrations());
                    j.strings("script", r.script()).endObject();
                }
            } else if (dryRun) {
                r.script().forEach(out()::println);
            } else {
                out().println("Downgraded from version " + r.fromVersion() + " to " + r.toVersion() + " ("
                        + r.reverted().size() + " reverted).");
            }
            return ExitCodes.OK;
        }
    }
}
