package io.shale.bench.lifecycle;

import io.shale.Shale;
import io.shale.bench.tool.Database;
import io.shale.bench.tool.Tools;
import io.shale.bench.workload.Workload;
import io.shale.command.squash.SquashCommand;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fresh database built from the {@code shale squash} baseline of a history against the full
 * replay of the same history: {@code Shale.upgrade} on a new empty database either way. The squash
 * itself runs once, beforehand, on a copy of the project (its scratch databases on the same server).
 */
final class SquashBench {
    private final Server server;
    private final LifecycleBench.Settings settings;
    private final PrintStream log;

    SquashBench(Server server, LifecycleBench.Settings settings, PrintStream log) {
        this.server = server;
        this.settings = settings;
        this.log = log;
    }

    void run(LifecycleResults results, Workload workload, Path full, Path squashed) throws Exception {
        Tools.named("shale").write(workload, full);
        Tools.named("shale").write(workload, squashed);
        log.println("[lifecycle] squash " + workload.name() + ": writing the baseline");
        Database admin = server.database("postgres");
        Shale toSquash = Shale.configure().dataSource(server.dataSource("postgres")).migrations(squashed).load();
        SquashCommand.Result squash = new SquashCommand(Dialects.forUrl(admin.url()),
                ScratchDatabases.beside(Dialects.forUrl(admin.url()), admin.url(), admin.user(), null),
                toSquash.migrations(), SquashCommand.shaleTables()).run(new SquashCommand.Options(null, false, false));
        String name = server.nextName("lc_fresh");
        Shale baseline = Shale.configure().dataSource(server.dataSource(name)).migrations(squashed).load();
        Shale replay = Shale.configure().dataSource(server.dataSource(name)).migrations(full).load();
        Repeat.Step create = () -> server.create(name);
        Repeat.Step drop = () -> server.drop(name);
        log.println("[lifecycle] squash " + workload.name() + ": fresh database from the baseline vs full replay");
        Map<String, Samples> t = Repeat.alternate(settings.warmup(), settings.runs(), List.of(
                settings.slow(new Repeat.Contender("baseline", create, () -> baseline.upgrade(), drop)),
                settings.slow(new Repeat.Contender("replay", create, () -> replay.upgrade(), drop))));
        results.row("fresh database", String.format("%s, %d migrations; baseline of %d tables, %d rows",
                        workload.name(), workload.size(), squash.tables(), squash.rows()),
                "`upgrade` of the `squash` baseline (one file)", "`upgrade` of the full history (replay)",
                t.get("baseline"), t.get("replay"), 0);
    }
}
