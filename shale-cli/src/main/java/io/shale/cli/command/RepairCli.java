package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.ExitCodes;
import io.shale.cli.FleetFlags;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.run.MigrationListener;
import io.shale.command.migrate.RepairCommand;
import io.shale.dialect.DatabaseIdentity;
import io.shale.history.AppliedMigration;
import io.shale.history.Reconciliation;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "repair", description = {
        "Clear failed records left by a migration that stopped part-way (MySQL/MariaDB, H2, no-transaction),",
        "after you made the schema match by hand; with --checksums, accept edited applied files.",
        "The exact state is shown first. Only the history table changes."})
public final class RepairCli extends JsonCommand {
    @Option(names = "--checksums", description = "Also store the current checksum of edited applied migrations.")
    boolean checksums;

    @Option(names = "--dry-run", description = "Show what would change; change nothing.")
    boolean dryRun;

    @Option(names = "--mark-applied", paramLabel = "VERSION", description = {
            "Record a migration that stopped part-way as applied, after you did the rest of it by hand",
            "(MySQL/MariaDB: its DDL had committed, so running it again fails). Asks for confirmation."})
    Integer markApplied;

    @Mixin
    ConfirmOptions confirm;

    @Mixin
    FleetFlags fleet;

    public RepairCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        fleet.requireTarget();
        if (fleet.active()) {
            RepairCommand.Options repair = new RepairCommand.Options(checksums, dryRun, null, markApplied);
            return FleetRun.run(env, options(), fleet, json, "repair", (f, targets, options, listener) ->
                    f.repair(targets, options, listener, repair, confirm.forFleet()));
        }
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(MigrationListener.NONE);
            DatabaseIdentity identity = identity(shale);
            RepairCommand.Result state = shale.withContext(ctx -> new RepairCommand(ctx, MigrationListener.NONE).inspect());
            show(state);
            if (dryRun) {
                if (json) {
                    writeJson(identity, new RepairCommand.Result(state.failed(),
                            checksums ? state.checksumMismatches() : List.of(), false));
                }
                return ExitCodes.OK;
            }
            var confirmation = confirmation(confirm, identity, identity.describe(), markApplied == null
                    ? "repair the history of" : "mark version " + markApplied + " as applied in");
            RepairCommand.Result r = shale.repair(new RepairCommand.Options(checksums, false, confirmation, markApplied));
            if (json) {
                writeJson(identity, r);
            } else if (r.markedApplied() != null) {
                out().println("Recorded version " + r.markedApplied() + " as applied"
                        + (r.failed().isEmpty() ? "." : " (its failed record was replaced)."));
            } else {
                out().println("Repaired: removed " + r.failed().size() + " failed record(s)"
                        + (checksums ? ", realigned " + r.checksumMismatches().size() + " checksum(s)" : "") + ".");
            }
            return ExitCodes.OK;
        }
    }

    private void show(RepairCommand.Result state) {
        if (state.failed().isEmpty()) {
            say().println("No failed records.");
        }
        for (AppliedMigration f : state.failed()) {
            say().println("Failed record: version " + f.version() + " (" + f.name() + ")");
            say().println("  " + (f.error() == null ? "(no detail recorded)" : f.error().replace("\n", "\n  ")));
        }
        for (Reconciliation.Entry e : state.checksumMismatches()) {
            say().println("Edited after it was applied: " + e.script()
                    + (checksums ? " (its new checksum will be stored)" : " (pass --checksums to accept it)"));
        }
        say().flush();
    }

    /** What was (or, with --dry-run, would be) changed. */
    private void writeJson(DatabaseIdentity identity, RepairCommand.Result r) {
        try (Json j = new Json(out())) {
            j.startObject().database(identity).field("dryRun", dryRun).field("changed", r.changed());
            if (r.markedApplied() != null) {
                j.field("markedApplied", r.markedApplied().longValue());
            }
            j.startArray("failed");
            for (AppliedMigration f : r.failed()) {
                j.startObject().field("version", f.version()).field("name", f.name()).field("error", f.error())
                        .endObject();
            }
            j.endArray().startArray("checksumMismatches");
            for (Reconciliation.Entry e : r.checksumMismatches()) {
                j.startObject().field("version", e.version()).field("script", e.script())
                        .field("oldChecksum", e.applied() == null ? null : e.applied().checksum())
                        .field("newChecksum", e.migration() == null ? null : e.migration().checksum()).endObject();
            }
            j.endArray().endObject();
        }
    }
}
