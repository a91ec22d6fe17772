package io.shale.bench.lifecycle;

import io.shale.bench.workload.CorpusWorkload;
import io.shale.bench.workload.GeneratedWorkload;
import io.shale.bench.workload.Workload;
import io.shale.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Section 5 of issue 7: Shale's inspect, reset, clear and purge, each against the obvious
 * alternative, through the library (the {@code Shale} facade and the dialect's inspector) on the
 * benchmark's embedded PostgreSQL. Returns Markdown; progress goes to {@code log}.
 *
 * <p>Shale's side runs the full schedule ({@code runs} after {@code warmup}). An alternative that
 * takes seconds a run is measured in fewer runs (see {@link Settings#slow()}) to keep the command
 * within about five minutes on a 2-core machine; the report prints every row's count.
 */
public final class LifecycleBench {
    /** What {@code --only} may name. */
    public static final List<String> PARTS = List.of("inspect", "reset", "clear", "purge", "squash");

    /**
     * @param runs   measured runs per contender
     * @param warmup unmeasured runs before them
     * @param corpus the corpus folder with langfuse, when present
     * @param work   where the migration folders are written
     * @param only   the parts to run ({@link #PARTS}); empty for all
     * @param statementLog where to copy the server's log of every statement with its duration (to find where a
     *                     call's time goes on the server; the timings are then not representative)
     */
    public record Settings(int runs, int warmup, Optional<Path> corpus, Path work, List<String> only,
                           Optional<Path> statementLog) {
        public Settings {
            only = List.copyOf(only);
            for (String part : only) {
                if (!PARTS.contains(part)) {
                    throw new IllegalArgumentException("unknown lifecycle part " + part + "; known: " + PARTS);
                }
            }
        }

        boolean runs(String part) {
            return only.isEmpty() || only.contains(part);
        }

        /** A contender that takes seconds a run: at most 1 warm-up and 3 measured runs. */
        Repeat.Contender slow(Repeat.Contender c) {
            return c.limit(Math.min(1, warmup), Math.min(3, runs));
        }

        /** A contender that takes tens of seconds a run: {@code runs} measured runs at most, no warm-up. */
        Repeat.Contender verySlow(Repeat.Contender c, int runs) {
            return c.limit(0, Math.min(runs, this.runs));
        }
    }

    private LifecycleBench() {
    }

    public static String run(EmbeddedPostgresServer embedded, Settings settings, PrintStream log) throws Exception {
        long start = System.nanoTime();
        String loadAtStart = loadAverage();
        Server server = new Server(embedded);
        Path statementLog = settings.statementLog().orElse(null);
        if (statementLog != null) {
            server.admin("ALTER SYSTEM SET log_min_duration_statement = 0", "SELECT pg_reload_conf()");
        }
        try {
            return run(embedded, server, settings, log, start, loadAtStart);
        } finally {
            if (statementLog != null) {
                server.admin("ALTER SYSTEM RESET log_min_duration_statement", "SELECT pg_reload_conf()");
                Files.copy(embedded.dataDirectory().resolveSibling("postgres.log"), statementLog,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                log.println("[lifecycle] the server's statement log is in " + statementLog);
            }
        }
    }

    private static String run(EmbeddedPostgresServer embedded, Server server, Settings settings, PrintStream log,
                              long start, String loadAtStart) throws Exception {
        LifecycleResults results = new LifecycleResults();
        Workload history = settings.corpus().map(CorpusWorkload::langfuse).orElseGet(() -> GeneratedWorkload.of(1000));
        if (settings.runs("inspect")) {
            new InspectBench(server, settings, log).run(results);
        }
        if (settings.runs("reset")) {
            new ResetBench(server, embedded, settings, log).run(results, history, fresh(settings, "reset"));
        }
        if (settings.runs("clear")) {
            ClearBench clear = new ClearBench(server, settings, log);
            clear.run(results, fresh(settings, "clear-1000"), 1_000, false);
            clear.run(results, fresh(settings, "clear-10000"), 10_000, true);
        }
        if (settings.runs("purge")) {
            new PurgeBench(server, settings, log).run(results, fresh(settings, "purge"));
        }
        if (settings.runs("squash") && settings.corpus().isPresent()) {
            new SquashBench(server, settings, log).run(results, history, fresh(settings, "squash-full"),
                    fresh(settings, "squash-baseline"));
        }
        results.note("Each Shale call goes through a `Shale` configured once beforehand (the migrations are read "
                + "outside the timing) and opens its own connection, as an application's call does; so does each "
                + "alternative, except for inspect, where both read on one open connection.");
        return "- runs: Shale " + settings.runs() + " measured after " + settings.warmup() + " warm-up; an alternative "
                + "that takes seconds a run: " + Math.min(3, settings.runs()) + " after " + Math.min(1, settings.warmup())
                + " (fewer where the table says so); medians\n"
                + "- load average (1, 5, 15 min): " + loadAtStart + " at the start, " + loadAverage() + " at the end\n"
                + String.format(Locale.ROOT, "- wall time of the lifecycle command: %.1f min%n%n",
                (System.nanoTime() - start) / 60e9)
                + new LifecycleReport(results).render();
    }

    private static Path fresh(Settings settings, String name) throws IOException {
        Path dir = settings.work().resolve("lifecycle").resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
