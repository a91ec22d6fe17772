package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.FleetFlags;
import io.shale.cli.Project;
import io.shale.cli.output.Json;
import io.shale.run.MigrationListener;
import io.shale.command.history.StatusCommand;
import io.shale.fleet.Fleet;
import io.shale.history.MigrationState;
import io.shale.history.Reconciliation;
import io.shale.migration.SquashedRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", description = "Show the current version, pending migrations and any problem.")
public final class StatusCli extends BaseCommand {
    @Option(names = "--json", description = "Print a JSON document (shape in docs/cli-json.md).")
    boolean json;

    @Option(names = "--exit-code", description = "Exit 1 when migrations are pending or something is wrong.")
    boolean exitCode;

    @Mixin
    FleetFlags fleet;

    public StatusCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        fleet.requireTarget();
        if (fleet.active()) {
            // --exit-code: 1 when a target has pending migrations or problems, as for one database.
            return FleetRun.run(env, options(), fleet, json, "status", Fleet::status, result -> exitCode
                    && result.results().stream().anyMatch(r -> r.detail() instanceof StatusCommand.Result s
                    && !s.upToDate()));
        }
        try (Project project = Project.load(env, options())) {
            StatusCommand.Result r = project.shale(MigrationListener.NONE).status();
            if (json) {
                writeJson(r);
            } else {
                writeText(r);
            }
            return exitCode && !r.upToDate() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
        }
    }

    private void writeText(StatusCommand.Result r) {
        var out = out();
        out.println("Database:  " + r.database().describe());
        out.println("Version:   " + r.currentVersion() + " (newest file: " + r.latestVersion() + ")");
        if (r.environment() != null) {
            out.println("Environment stored in the database: " + r.environment());
        }
        out.println("Pending:   " + r.count(MigrationState.PENDING));
        for (Reconciliation.Entry e : r.entries()) {
            if (e.state() != MigrationState.APPLIED) {
                out.println(String.format("  %-18s %s", e.state().name().toLowerCase().replace('_', ' '), e.script()));
            }
        }
        Reconciliation.Entry baseline = r.belowBaseline().orElse(null);
        if (baseline != null) {
            out.println("Below the squash baseline " + baseline.script() + ": this database needs the archived files "
                    + "for " + SquashedRange.versions(r.currentVersion() + 1, baseline.version()) + ".");
            out.println("Run `shale upgrade --include-archive` to apply them and the rest, or rebuild it (`shale reset`).");
        } else if (r.hasProblems()) {
            out.println("Problems found: run `shale validate` for details and what to do.");
        } else if (r.upToDate()) {
            out.println("Up to date.");
        }
    }

    private void writeJson(StatusCommand.Result r) {
        try (Json j = new Json(out())) {
            j.startObject();
            j.startObject("database").field("engine", r.database().engine()).field("name", r.database().database())
                    .field("user", r.database().user()).field("url", r.database().url())
                    .field("serverVersion", r.database().version()).endObject();
            j.field("environment", r.environment());
            j.field("currentVersion", r.currentVersion()).field("latestVersion", r.latestVersion());
            j.field("upToDate", r.upToDate()).field("problems", r.hasProblems());
            j.field("pending", r.count(MigrationState.PENDING));
            j.field("belowBaseline", r.belowBaseline().map(Reconciliation.Entry::script).orElse(null));
            j.startArray("migrations");
            for (Reconciliation.Entry e : r.entries()) {
                j.startObject().field("version", e.version()).field("script", e.script())
                        .field("state", e.state().name());
                if (e.applied() != null) {
                    j.field("appliedAt", e.applied().appliedAt() == null ? null : e.applied().appliedAt().toString());
                    j.field("checksum", e.applied().checksum());
                }
                j.endObject();
            }
            j.endArray().endObject();
        }
    }
}
