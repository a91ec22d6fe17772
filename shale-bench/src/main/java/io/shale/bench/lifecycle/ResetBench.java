package io.shale.bench.lifecycle;

import io.shale.Shale;
import io.shale.bench.tool.Tools;
import io.shale.bench.workload.Workload;
import io.shale.run.Confirmation;
import io.shale.command.lifecycle.ResetCommand;
import io.shale.embedded.EmbeddedPostgresServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code Shale.reset} from its template (reused; the first, building run timed once) against a full
 * replay: the same call without the template (every object dropped, then upgrade). The target is a
 * database the benchmark created, reached through a {@link io.shale.jdbc.UrlDataSource}, which the
 * template path needs. Whatever background work a reset leaves (the next spare copy of the template)
 * is awaited after the call, outside the timing, and timed as a part. Then the statements of the
 * template path are timed alone, to show where its time goes.
 */
final class ResetBench {
    private static final ResetCommand.Options TEMPLATE = new ResetCommand.Options(false, false, true, Confirmation.YES);
    private static final ResetCommand.Options DROP_OBJECTS = new ResetCommand.Options(false, false, false, Confirmation.YES);

    private final Server server;
    private final EmbeddedPostgresServer embedded;
    private final LifecycleBench.Settings settings;
    private final PrintStream log;

    ResetBench(Server server, EmbeddedPostgresServer embedded, LifecycleBench.Settings settings, PrintStream log) {
        this.server = server;
        this.embedded = embedded;
        this.settings = settings;
        this.log = log;
    }

    void run(LifecycleResults results, Workload workload, Path dir) throws Exception {
        Tools.named("shale").write(workload, dir);
        String name = server.nextName("lc_reset");
        server.create(name);
        try {
            Shale shale = Shale.configure().dataSource(server.dataSource(name)).migrations(dir).load();
            shale.upgrade();
            log.println("[lifecycle] reset " + workload.name() + ": first reset, building the template");
            ResetCommand.Result[] last = new ResetCommand.Result[1];
            List<Double> spareWaits = new ArrayList<>();
            List<String> methods = new ArrayList<>();
            Repeat.Step await = () -> {
                long start = System.nanoTime();
                last[0].awaitSpare();
                spareWaits.add((System.nanoTime() - start) / 1e6);
                methods.add(last[0].method().name());
            };
            double building = Repeat.once(new Repeat.Contender("first", () -> { },
                    () -> last[0] = fromTemplate(shale.reset(TEMPLATE)), await));
            String firstMethod = methods.get(0);
            spareWaits.clear();
            methods.clear();
            log.println("[lifecycle] reset " + workload.name() + ": template reused vs replay");
            Map<String, Samples> t = Repeat.alternate(settings.warmup(), settings.runs(), List.of(
                    new Repeat.Contender("template", () -> { }, () -> last[0] = fromTemplate(shale.reset(TEMPLATE)), await),
                    settings.slow(new Repeat.Contender("drop", () -> replay(shale.reset(DROP_OBJECTS))))));
            List<Double> measuredWaits = spareWaits.subList(settings.warmup(), spareWaits.size());
            Map<String, Integer> ways = new TreeMap<>();
            for (String m : methods.subList(settings.warmup(), methods.size())) {
                ways.merge(m, 1, Integer::sum);
            }
            String what = workload.name() + ", " + workload.size() + " migrations";
            results.row("reset", what, "`reset` with its template (reused), taken as " + ways,
                    "`reset` without template: drop every object, then upgrade (replay)", t.get("template"),
                    t.get("drop"), 20);
            String op = "reset " + workload.name();
            results.part(op, "first `reset` (" + firstMethod + ": replays into the template, then copies it; one run)",
                    Samples.of(building));
            Samples waits = new Samples();
            measuredWaits.forEach(waits::add);
            results.part(op, "after each measured `reset` returned: waiting for its background work "
                    + "(`awaitSpare()`: the next spare copy of the template), not in the row above", waits);
            statements(results, op, name, last[0].template());
            results.note("reset: the target is a database the benchmark created, reached through an "
                    + "`io.shale.jdbc.UrlDataSource` (the template path needs a URL). The first reset builds the "
                    + "template (timed once: see the parts); the measured ones reuse it, and the way each took is "
                    + "counted in the row. The CLI waits for the background spare before it exits; a library caller "
                    + "does not have to.");
        } finally {
            server.drop(name);
            server.dropAll("shale_tpl_" + name + "_");
            server.dropAll("shale_spare_" + name + "_");
        }
    }

    /** A reset that copied or renamed instead of replaying. */
    private static ResetCommand.Result fromTemplate(ResetCommand.Result r) {
        if (r.upgrade() != null || r.template() == null) {
            throw new IllegalStateException("reset replayed (" + r.method() + ") instead of using its template"
                    + (r.note() == null ? "" : ": " + r.note()));
        }
        return r;
    }

    private static void replay(ResetCommand.Result r) {
        if (r.method() != ResetCommand.Method.OBJECTS_DROPPED) {
            throw new IllegalStateException("reset without template took the way " + r.method());
        }
    }

    /** The statements of the template path alone, on the maintenance database. */
    private void statements(LifecycleResults results, String op, String target, String template) throws Exception {
        log.println("[lifecycle] " + op + ": its statements alone");
        String spare = target + "_spare";
        try (Connection c = embedded.connect("postgres"); Statement st = c.createStatement()) {
            Repeat.Step dropTarget = () -> st.execute("DROP DATABASE IF EXISTS " + target + " WITH (FORCE)");
            Map<String, Samples> t = Repeat.alternate(Math.min(1, settings.warmup()), settings.runs(), List.of(
                    new Repeat.Contender("drop", dropTarget),
                    new Repeat.Contender("create", () -> st.execute("CREATE DATABASE " + target + " TEMPLATE " + template)),
                    new Repeat.Contender("rename", () -> {
                        dropTarget.run();
                        st.execute("CREATE DATABASE " + spare + " TEMPLATE " + template);
                    }, () -> st.execute("ALTER DATABASE " + spare + " RENAME TO " + target), () -> { }),
                    new Repeat.Contender("copy", dropTarget, () -> st.execute("CREATE DATABASE " + target + " TEMPLATE "
                            + template + " STRATEGY FILE_COPY"), () -> { })));
            results.part(op, "`DROP DATABASE ... WITH (FORCE)` of the target, alone", t.get("drop"));
            results.part(op, "`ALTER DATABASE ... RENAME`, alone", t.get("rename"));
            results.part(op, "`CREATE DATABASE ... TEMPLATE` (PostgreSQL's default strategy, WAL_LOG), alone",
                    t.get("create"));
            results.part(op, "`CREATE DATABASE ... TEMPLATE ... STRATEGY FILE_COPY`, alone", t.get("copy"));
        }
    }
}
