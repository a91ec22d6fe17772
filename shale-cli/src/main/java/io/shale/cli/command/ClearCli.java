package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.ExitCodes;
import io.shale.cli.FleetFlags;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.cli.output.ProgressListener;
import io.shale.command.lifecycle.ClearCommand;
import io.shale.run.Confirmation;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.config.ShaleConfig;
import io.shale.dialect.DatabaseIdentity;
import io.shale.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "clear", description = "Empty every table (but Shale's and excluded ones), then restore the rows "
        + "the migrations insert: the database a fresh upgrade gives.")
public final class ClearCli extends JsonCommand {
    @Option(names = "--seed", paramLabel = "NAME", description = "Run the seed set NAME afterwards.")
    String seed;

    @Mixin
    ConfirmOptions confirm;

    @Mixin
    FleetFlags fleet;

    public ClearCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        fleet.requireTarget();
        if (fleet.active()) {
            return FleetRun.run(env, options(), fleet, json, "clear", (f, targets, options, listener) ->
                    f.clear(targets, options, listener, confirm.forFleet(), seed));
        }
        ProgressListener progress = progress();
        try (Project project = Project.load(env, options())) {
            Workspace workspace = project.workspace();
            ShaleConfig config = workspace.config();
            Shale shale = project.shale(progress);
            DatabaseIdentity database = identity(shale);
            Confirmation confirmation = confirmation(confirm, database, target(database, config.environment()), "clear");
            ClearCommand.Options opts = new ClearCommand.Options(config.exclude(),
                    workspace.referenceData(), confirmation);
            ClearCommand.Result r;
            try {
                r = shale.clear(opts);
            } finally {
                progress.done();
            }
            if (!json) {
                out().println("Cleared " + r.cleared().size() + " tables of " + r.database().describe() + "; restored "
                        + restoredRows(r) + " reference rows in " + r.restored().size() + " tables.");
            }
            SeedCommand.Result seeded = null;
            if (seed != null) {
                List<String> reference = new ArrayList<>(config.exclude());
                reference.addAll(r.restored().keySet());
                seeded = SeedCli.seed(this, shale, workspace, seed, reference, confirmation);
            }
            if (json) {
                try (Json j = new Json(out())) {
                    j.startObject().database(r.database()).field("version", r.version()).strings("cleared", r.cleared())
                            .startObject("restored");
                    r.restored().forEach((table, rows) -> j.field(table, rows));
                    j.endObject().field("restoredRows", restoredRows(r));
                    SeedCli.writeSeed(this, j, seeded);
                    j.endObject();
                }
            }
            return ExitCodes.OK;
        }
    }

    private static long restoredRows(ClearCommand.Result r) {
        return r.restored().values().stream().mapToLong(Integer::longValue).sum();
    }
}
