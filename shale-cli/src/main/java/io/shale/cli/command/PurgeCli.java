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
import io.shale.command.lifecycle.PurgeCommand;
import io.shale.data.PurgeRule;
import io.shale.dialect.DatabaseIdentity;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "purge", description = "Delete the rows a rule matches and every row depending on them, children "
        + "first, in one transaction.")
public final class PurgeCli extends JsonCommand {
    @Parameters(paramLabel = "RULE", arity = "0..1", description = "A rule under `purge:` in shale.yaml.")
    String rule;

    @Option(names = "--table", paramLabel = "TABLE", description = "Ad hoc rule: the table (with --where).")
    String table;

    @Option(names = "--where", paramLabel = "SQL", description = "Ad hoc rule: the condition; :name placeholders are parameters.")
    String where;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value, bound (never spliced).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Print the rows per table that would be deleted; change nothing.")
    boolean dryRun;

    @Mixin
    ConfirmOptions confirm;

    @Mixin
    FleetFlags fleet;

    public PurgeCli(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        if ((rule == null) == (table == null || where == null) || (rule != null && (table != null || where != null))) {
            throw Project.usage("purge takes a RULE name, or --table and --where, not both",
                    "e.g. `shale purge functional-test-users --param prefix=func-test-` "
                            + "or `shale purge --table users --where \"id = :id\" --param id=42`");
        }
        fleet.requireTarget();
        if (fleet.active()) {
            return FleetRun.run(env, options(), fleet, json, "purge", (f, targets, options, listener) ->
                    f.purge(targets, options, listener, new PurgeCommand.Options(rule != null
                            ? f.project().purgeRule(rule) : PurgeRule.adHoc(table, where), params, dryRun,
                            f.project().exclude(), null), confirm.forFleet()));
        }
        ProgressListener progress = progress();
        try (Project project = Project.load(env, options())) {
            var config = project.config();
            PurgeRule purgeRule = rule != null ? project.workspace().purgeRule(rule)
                    : PurgeRule.adHoc(table, where);
            Shale shale = project.shale(progress);
            DatabaseIdentity database = identity(shale);
            Confirmation confirmation = dryRun ? Confirmation.NONE : confirmation(confirm, database,
                    target(database, config.environment()), "purge " + purgeRule.describe() + " from");
            PurgeCommand.Result r;
            try {
                r = shale.purge(new PurgeCommand.Options(purgeRule, params, dryRun, config.exclude(), confirmation));
            } finally {
                progress.done();
            }
            if (json) {
                writeJson(r);
                return ExitCodes.OK;
            }
            r.counts().forEach((t, n) -> out().println(String.format("%10d  %s", n, t)));
            out().println((dryRun ? "Would delete " : "Deleted ") + r.total() + " rows in " + r.counts().size()
                    + " tables" + (dryRun ? " (dry run: nothing was changed)." : "."));
            return ExitCodes.OK;
        }
    }

    private void writeJson(PurgeCommand.Result r) {
        try (Json j = new Json(out())) {
            j.startObject().database(r.database()).field("dryRun", r.dryRun()).startObject("rule")
                    .field("name", r.rule().name()).field("table", r.rule().table()).field("where", r.rule().where())
                    .endObject().startObject("counts");
            r.counts().forEach((table, rows) -> j.field(table, rows));
            j.endObject().field("total", r.total()).startArray("unindexedForeignKeys");
            for (var u : r.unindexed()) {
                j.startObject().field("table", u.table()).strings("columns", u.columns()).field("parent", u.parent())
                        .field("constraint", u.constraint()).field("createIndex", u.createIndex()).endObject();
            }
            j.endArray().endObject();
        }
    }
}
