package io.shale.cli.command;

import io.shale.Shale;
import io.shale.cli.CliEnvironment;
import io.shale.cli.ConfirmOptions;
import io.shale.cli.ExitCodes;
import io.shale.cli.Project;
import io.shale.command.MigrationListener;
import io.shale.command.RepairCommand;
import io.shale.history.AppliedMigration;
import io.shale.history.Reconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "repair", description = {
        "Clear failed records left by a migration that stopped part-way (MySQL/MariaDB, H2, no-transaction),",
        "after you made the schema match by hand; with --checksums, accept edited applied files.",
        "The exact state is shown first. Only the history table changes."})
public final class RepairCli extends BaseCommand {
    @Option(names = "--checksums", description = "Also store the current checksum of edited applied migrations.")
    boolean checksums;

    @Option(names = "--dry-run", description = "Show what would change; change nothing.")
    boolean dryRun;

    @Mixin
    ConfirmOptions confirm;

    public RepairCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        try (Project project = Project.load(env, options())) {
            Shale shale = project.shale(MigrationListener.NONE);
            var identity = shale.status().database();
            RepairCommand.Result state = shale.withContext(ctx -> new RepairCommand(ctx, MigrationListener.NONE).inspect());
            show(state);
            if (dryRun) {
                return ExitCodes.OK;
            }
            var confirmation = confirm.resolve(env.terminal(), out(), identity.database(), identity.describe(),
                    "repair the history of");
            RepairCommand.Result r = shale.repair(new RepairCommand.Options(checksums, false, confirmation));
            out().println("Repaired: removed " + r.failed().size() + " failed record(s)"
                    + (checksums ? ", realigned " + r.checksumMismatches().size() + " checksum(s)" : "") + ".");
            return ExitCodes.OK;
        }
    }

    private void show(RepairCommand.Result state) {
        if (state.failed().isEmpty()) {
            out().println("No failed records.");
        }
        for (AppliedMigration f : state.failed()) {
            out().println("Failed record: version " + f.version() + " (" + f.name() + ")");
            out().println("  " + (f.error() == null ? "(no detail recorded)" : f.error().replace("\n", "\n  ")));
        }
        for (Reconciliation.Entry e : state.checksumMismatches()) {
            out().println("Edited after it was applied: " + e.script()
                    + (checksums ? " (its new checksum will be stored)" : " (pass --checksums to accept it)"));
        }
    }
}
