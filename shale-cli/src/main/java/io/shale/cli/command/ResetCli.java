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
import io.shale.command.lifecycle.ResetCommand;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.dialect.DatabaseIdentity;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reset", description = {"Rebuild the database from the migrations: on PostgreSQL as a copy of a cached",
        "template database (built once per state of the migration files), elsewhere by dropping every object",
        "and upgrading to head."})
public final class ResetCli extends JsonCommand {
    @Option(names = "--extensions", description = "Drop the extensions too (PostgreSQL).")
    boolean extensions;

    @Option(names = "--recreate", description = "Drop and create the database itself (PostgreSQL, MySQL/MariaDB), then upgrade.")
    boolean recreate;

    @Option(names = "--no-template", description = "Do not use or keep a template database (PostgreSQL).")
    boolean noTemplate;

    @Option(names = "--seed", paramLabel = "NAME", description = "Run the seed set NAME afterwards.")
    String seed;

    @Mixin
    ConfirmOptions confirm;

    @Mixin
    FleetFlags fleet;

    public ResetCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        fleet.requireTarget();
        if (fleet.active()) {
            // No template databases in a fleet: they would be two more databases per target.
            return FleetRun.run(env, options(), fleet, json, "reset", (f, targets, options, listener) ->
                    f.reset(targets, options, listener, extensions, recreate, confirm.forFleet(), seed));
        }
        ProgressListener progress = progress();
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(progress);
            DatabaseIdentity database = identity(shale);
            Confirmation confirmation = confirmation(confirm, database,
                    target(database, project.config().environment()), "drop every object of");
            ResetCommand.Result r;
            try {
                r = shale.reset(new ResetCommand.Options(extensions, recreate, !noTemplate && !recreate, confirmation));
            } finally {
                progress.done();
            }
            if (r.note() != null) {
                env.err().println("note: " + r.note());
            }
            if (!json) {
                out().println("Reset " + r.database().describe() + ": " + switch (r.method()) {
                    case TEMPLATE_BUILT -> "built template " + r.template() + " and copied it";
                    case TEMPLATE_REUSED -> "copied template " + r.template();
                    case SPARE_RENAMED -> "renamed a ready copy of template " + r.template();
                    case RECREATED -> "recreated the database, applied " + r.upgrade().applied().size() + " migrations";
                    case OBJECTS_DROPPED -> "dropped every object, applied " + r.upgrade().applied().size() + " migrations";
                } + ".");
            }
            SeedCommand.Result seeded = seed == null ? null
                    : SeedCli.seed(this, shale, project.workspace(), seed, List.of(), confirmation);
            if (json) {
                writeJson(r, seeded, shale);
            }
            r.awaitSpare();
            return ExitCodes.OK;
        }
    }

    private void writeJson(ResetCommand.Result r, SeedCommand.Result seeded, Shale shale) {
        try (Json j = new Json(out())) {
            j.startObject().database(r.database()).field("method", r.method().name()).field("template", r.template())
                    .field("note", r.note());
            if (r.upgrade() == null) {
                j.nullField("upgrade");
            } else {
                j.startObject("upgrade").field("fromVersion", r.upgrade().fromVersion())
                        .field("toVersion", r.upgrade().toVersion());
                writeMigrations(j, "applied", r.upgrade().applied(), shale.migrations());
                j.endObject();
            }
            SeedCli.writeSeed(this, j, seeded);
            j.endObject();
        }
    }
}
