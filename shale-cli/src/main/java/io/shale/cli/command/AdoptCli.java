package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.command.adopt.AdoptCommand;
import io.shale.command.adopt.AdoptTool;
import io.shale.run.Confirmation;
import io.shale.run.MigrationListener;
import io.shale.dialect.DatabaseIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "adopt", description = {
        "Take over a database that Flyway, Liquibase or Alembic manages: record its applied migrations in",
        "shale_history (matched to the files `shale import` wrote), running nothing. See docs/migrating-from.md."})
public final class AdoptCli extends JsonCommand {
    @Option(names = "--from", required = true, paramLabel = "TOOL", description = "flyway, liquibase or alembic.")
    String from;

    @Option(names = "--table", paramLabel = "NAME",
            description = "The tool's history table when not the default (flyway_schema_history, databasechangelog, alembic_version).")
    String table;

    @Option(names = "--dry-run", description = "Show the mapping; change nothing.")
    boolean dryRun;

    @Mixin
    ConfirmOptions confirm;

    public AdoptCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        AdoptTool tool = AdoptTool.of(from);
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(MigrationListener.NONE);
            AdoptCommand.Result preview = shale.withContext(ctx -> new AdoptCommand(ctx, MigrationListener.NONE)
                    .run(new AdoptCommand.Options(tool, table, true, null)));
            print(preview);
            DatabaseIdentity database = identity(shale);
            if (dryRun) {
                if (json) {
                    writeJson(database, preview);
                } else {
                    out().println("Dry run: nothing written.");
                }
                return ExitCodes.OK;
            }
            Confirmation confirmation = confirmation(confirm, database, target(database, project.config().environment()),
                    "adopt the " + tool.cliName() + " history of");
            AdoptCommand.Result r = shale.withContext(ctx -> new AdoptCommand(ctx, MigrationListener.NONE)
                    .run(new AdoptCommand.Options(tool, table, false, confirmation)));
            if (json) {
                writeJson(database, r);
                return ExitCodes.OK;
            }
            long recorded = recorded(r);
            out().println("Adopted " + r.database() + ": recorded " + recorded + " migration(s) in shale_history"
                    + (recorded < r.mappings().size() ? " (" + (r.mappings().size() - recorded) + " already there)" : "")
                    + ". The " + tool.cliName() + " table is left as it was.");
            return ExitCodes.OK;
        }
    }

    private static long recorded(AdoptCommand.Result r) {
        return r.mappings().stream().filter(AdoptCommand.Mapping::recorded).count();
    }

    private void print(AdoptCommand.Result r) {
        say().println(r.tool().cliName() + " history of " + r.database() + " maps to:");
        for (AdoptCommand.Mapping m : r.mappings()) {
            say().println("  " + r.tool().cliName() + " " + m.otherId() + "  ->  " + m.script()
                    + (m.recorded() ? "" : "  (already in shale_history)"));
        }
        for (String note : r.notes()) {
            say().println("  note: " + note);
        }
        say().flush();
    }

    /** With --dry-run, {@code recorded} says which rows would be written. */
    private void writeJson(DatabaseIdentity database, AdoptCommand.Result r) {
        try (Json j = new Json(out())) {
            j.startObject().database(database).field("tool", r.tool().cliName())
                    .field("table", table != null ? table : r.tool().defaultTable()).field("dryRun", r.dryRun())
                    .startArray("mappings");
            for (AdoptCommand.Mapping m : r.mappings()) {
                j.startObject().field("version", m.version()).field("script", m.script()).field("otherId", m.otherId())
                        .field("recorded", m.recorded()).endObject();
            }
            j.endArray().field("recorded", recorded(r)).strings("notes", r.notes()).endObject();
        }
    }
}
