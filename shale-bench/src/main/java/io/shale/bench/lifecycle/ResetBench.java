package io.shale.bench.lifecycle;

import io.shale.Shale;
import io.shale.bench.tool.Tools;
import io.shale.bench.workload.Workload;
import io.shale.command.Confirmation;
import io.shale.command.ResetCommand;
import io.shale.embedded.EmbeddedPostgresServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * {@code Shale.reset} from its template (reused; the first, building run reported once) against a
 * full replay: the same call without the template (every object dropped, then upgrade). The target is a database the benchmark
 * created, reached through a {@link io.shale.jdbc.UrlDataSource}, which the template path needs.
 * Then the template path's two statements are timed alone, to show where its time goes.
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
        String template = null;
        results.note("reset: the target is a database the benchmark created, reached through an "
                + "`io.shale.jdbc.UrlDataSource` (the template path needs a URL); the first reset builds the template "
                + "(timed once: see the parts), the measured ones reuse it; each measured reset is checked to have "
                + "taken the way its row names.");
        try {
            Shale shale = Shale.configure().dataSource(server.dataSource(name)).migrations(dir).load();
            shale.upgrade();
            log.println("[lifecycle] reset " + workload.name() + ": first reset, building the template");
            ResetCommand.Result[] first = new ResetCommand.Result[1];
            double building = Repeat.once(new Repeat.Contender("first", () -> first[0] = expect(shale.reset(TEMPLATE),
                    ResetCommand.Method.TEMPLATE_BUILT)));
            template = first[0].template();
            log.println("[lifecycle] reset " + workload.name() + ": template reused vs replay");
            Map<String, Samples> t = Repeat.alternate(settings.warmup(), settings.runs(), List.of(
                    new Repeat.Contender("template", () -> expect(shale.reset(TEMPLATE), ResetCommand.Method.TEMPLATE_REUSED)),
                    settings.slow(new Repeat.Contender("drop",
                            () -> expect(shale.reset(DROP_OBJECTS), ResetCommand.Method.OBJECTS_DROPPED)))));
            String what = workload.name() + ", " + workload.size() + " migrations";
            results.row("reset", what, "`reset`, template reused (DROP DATABASE, CREATE DATABASE ... TEMPLATE)",
                    "`reset` without template: drop every object, then upgrade (replay)", t.get("template"),
                    t.get("drop"), 20);
            results.part("reset " + workload.name(), "first `reset`, building the template (replay into it, then copy; "
                    + "one run)", Samples.of(building));
            statements(results, workload.name(), name, template);
        } finally {
            server.drop(name);
            if (template != null) {
                server.drop(template);
            }
        }
    }

    private static ResetCommand.Result expect(ResetCommand.Result r, ResetCommand.Method method) {
        if (r.method() != method) {
            throw new IllegalStateException("reset took the way " + r.method() + ", not " + method
                    + (r.note() == null ? "" : ": " + r.note()));
        }
        return r;
    }

    /** The template path's statements alone, on the maintenance database, as {@code ResetTemplates} sends them. */
    private void statements(LifecycleResults results, String workload, String target, String template) throws Exception {
        log.println("[lifecycle] reset " + workload + ": its statements alone");
        try (Connection c = embedded.connect("postgres"); Statement st = c.createStatement()) {
            String drop = "DROP DATABASE IF EXISTS " + target + " WITH (FORCE)";
            Map<String, Samples> t = Repeat.alternate(Math.min(1, settings.warmup()), settings.runs(), List.of(
                    new Repeat.Contender("drop", () -> st.execute(drop)),
                    new Repeat.Contender("create", () -> st.execute("CREATE DATABASE " + target + " TEMPLATE " + template)),
                    new Repeat.Contender("drop2", () -> st.execute(drop)),
                    new Repeat.Contender("copy", () -> st.execute("CREATE DATABASE " + target + " TEMPLATE " + template
                            + " STRATEGY FILE_COPY"))));
            String op = "reset " + workload;
            results.part(op, "`DROP DATABASE ... WITH (FORCE)` of the target, alone", t.get("drop"));
            results.part(op, "`CREATE DATABASE ... TEMPLATE` (PostgreSQL's default strategy, WAL_LOG), alone",
                    t.get("create"));
            results.part(op, "`CREATE DATABASE ... TEMPLATE ... STRATEGY FILE_COPY`, alone (not what Shale sends)",
                    t.get("copy"));
        }
    }
}
