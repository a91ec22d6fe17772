package io.shale.bench;

import io.shale.bench.tool.Database;
import io.shale.bench.tool.Tool;
import io.shale.embedded.EmbeddedPostgresServer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the scenarios on one embedded PostgreSQL server, a fresh database for every run that
 * applies from empty. Tools take turns within each repetition so that a change in the machine's
 * load touches all of them alike.
 */
final class Suite {
    private final EmbeddedPostgresServer server;
    private final List<Tool> tools;
    private final Path work;
    private final ChildProcess child;
    private final PrintStream log;
    private final Results results = new Results();
    private int databases;

    Suite(EmbeddedPostgresServer server, List<Tool> tools, Path work, ChildProcess child, PrintStream log) {
        this.server = server;
        this.tools = tools;
        this.work = work;
        this.child = child;
        this.log = log;
    }

    Results run(List<Scenario> scenarios) throws Exception {
        for (Scenario s : scenarios) {
            run(s);
        }
        return results;
    }

    private void run(Scenario s) throws Exception {
        String name = s.workload().name();
        results.workload(name, s.workload().size());
        Map<Tool, Path> dirs = new LinkedHashMap<>();
        for (Tool tool : tools) {
            Path dir = Files.createDirectories(work.resolve(name).resolve(tool.name()));
            tool.write(s.workload(), dir);
            dirs.put(tool, dir);
        }
        if (s.measures().contains(Measure.APPLY_WARM)) {
            progress(name, Measure.APPLY_WARM);
            for (int r = -s.warmup(); r < s.runs(); r++) {
                for (Tool tool : tools) {
                    double ms = applyInProcess(tool, dirs.get(tool));
                    record(name, Measure.APPLY_WARM, tool, r, ms);
                }
            }
        }
        if (s.measures().contains(Measure.APPLY_PROCESS)) {
            progress(name, Measure.APPLY_PROCESS);
            for (int r = -Math.min(1, s.warmup()); r < s.runs(); r++) {
                for (Tool tool : tools) {
                    Database db = fresh();
                    try {
                        record(name, Measure.APPLY_PROCESS, tool, r, child.time(tool, "migrate", dirs.get(tool), db));
                    } finally {
                        drop(db);
                    }
                }
            }
        }
        if (s.measures().contains(Measure.NOOP_WARM) || s.measures().contains(Measure.NOOP_PROCESS)
                || s.measures().contains(Measure.STATUS_WARM)) {
            applied(s, name, dirs);
        }
    }

    /** The measures taken with everything applied, on one database per tool. */
    private void applied(Scenario s, String name, Map<Tool, Path> dirs) throws Exception {
        Map<Tool, Database> dbs = new LinkedHashMap<>();
        try {
            for (Tool tool : tools) {
                Database db = fresh();
                dbs.put(tool, db);
                tool.migrate(dirs.get(tool), db);
            }
            for (Measure m : List.of(Measure.NOOP_WARM, Measure.STATUS_WARM)) {
                if (!s.measures().contains(m)) {
                    continue;
                }
                progress(name, m);
                for (int r = -s.warmup(); r < s.runs(); r++) {
                    for (Tool tool : tools) {
                        System.gc();
                        long start = System.nanoTime();
                        if (m == Measure.NOOP_WARM) {
                            tool.migrate(dirs.get(tool), dbs.get(tool));
                        } else {
                            tool.status(dirs.get(tool), dbs.get(tool));
                        }
                        record(name, m, tool, r, (System.nanoTime() - start) / 1e6);
                    }
                }
            }
            if (s.measures().contains(Measure.NOOP_PROCESS)) {
                progress(name, Measure.NOOP_PROCESS);
                for (int r = -Math.min(1, s.warmup()); r < s.runs(); r++) {
                    for (Tool tool : tools) {
                        record(name, Measure.NOOP_PROCESS, tool, r,
                                child.time(tool, "migrate", dirs.get(tool), dbs.get(tool)));
                    }
                }
            }
        } finally {
            for (Database db : dbs.values()) {
                drop(db);
            }
        }
    }

    private double applyInProcess(Tool tool, Path dir) throws Exception {
        Database db = fresh();
        try {
            System.gc();
            long start = System.nanoTime();
            tool.migrate(dir, db);
            return (System.nanoTime() - start) / 1e6;
        } finally {
            drop(db);
        }
    }

    private void record(String workload, Measure m, Tool tool, int run, double ms) {
        if (run >= 0) {
            results.add(workload, m, tool.name(), ms);
        }
    }

    private Database fresh() {
        String name = "bench_" + ++databases;
        server.createDatabase(name);
        return new Database(server.jdbcUrl(name), server.user());
    }

    private void drop(Database db) {
        server.dropDatabase(db.url().substring(db.url().lastIndexOf('/') + 1));
    }

    private void progress(String workload, Measure m) {
        log.printf("[bench] %s: %s%n", workload, m.label);
    }
}
