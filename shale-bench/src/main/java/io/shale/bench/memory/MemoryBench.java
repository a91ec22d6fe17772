package io.shale.bench.memory;

import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.migration.MigrationWriter;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 11: what one large migration file costs in heap. Writes a migration of single-row INSERTs
 * of the asked size, then runs each {@link MemoryChild} mode in a JVM of its own: once with a
 * roomy heap, then with ever smaller {@code -Xmx} (a bisection) to find the smallest heap in which
 * the run completes, which is what the file really costs, and reads the collector's peak there.
 */
public final class MemoryBench {
    /** One row of the report: a {@link MemoryChild} mode, run with this build's core or the baseline's. */
    private record Mode(String name, String childMode, String what, boolean baseline) {
        String key() {
            return baseline ? "baseline" : childMode;
        }
    }

    /** What each mode shows, in report order. */
    private static final List<Mode> MODES = List.of(
            new Mode("list", "list", "load, then split each file's up text into a list held whole (the runner before the lazy source)", false),
            new Mode("stream", "stream", "load, then iterate each file's up statements lazily (the source the runner is to use)", false),
            new Mode("execute", "execute", "load, then execute each file's lazily cut up statements over plain JDBC in one transaction (what the runner is to do)", false),
            new Mode("upgrade", "upgrade", "the whole `upgrade` through the facade on the embedded PostgreSQL, with this build's runner", false),
            new Mode("upgrade, baseline", "upgrade", "the same with the shale-core jar given by --baseline-core first on the class path", true));
    private static final int FLOOR_MB = 8;
    /** The bisection stops when the bounds are this close. */
    private static final int RESOLUTION_MB = 8;
    private static final Pattern RESULT = Pattern.compile("statements=(-?\\d+) after-gc=(\\d+)");

    /**
     * @param megabytes   the size of the generated file, in MB (10^6 bytes)
     * @param work        where the file is written
     * @param bisectUpgrade whether to bisect the heap of the modes that apply the file too (each try applies it whole)
     * @param baselineCore  a shale-core jar of another build, to measure its whole upgrade alike; empty for none
     * @param modes         the rows to run (list, stream, execute, upgrade, baseline); empty for all
     * @param firstHeapMb   the {@code -Xmx} of each mode's first run, where the bisection starts
     */
    public record Settings(int megabytes, Path work, boolean bisectUpgrade, Optional<Path> baselineCore,
                           List<String> modes, int firstHeapMb) {
    }

    private record Outcome(int heapMb, boolean completed, long statements, long afterGc, double seconds) {
    }

    private final EmbeddedPostgresServer server;
    private final Path dir;
    private final PrintStream progress;
    private int databases;

    private MemoryBench(EmbeddedPostgresServer server, Path dir, PrintStream progress) {
        this.server = server;
        this.dir = dir;
        this.progress = progress;
    }

    /** Runs every mode and returns the Markdown report. */
    public static String run(EmbeddedPostgresServer server, Settings settings, PrintStream progress) throws Exception {
        Path dir = Files.createDirectories(settings.work().resolve("memory"));
        try (var old = Files.list(dir)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                Files.delete(p);
            }
        }
        long rows = InsertFile.write(dir, settings.megabytes() * 1_000_000L);
        MigrationWriter.rehash(dir);
        long fileBytes = Files.size(dir.resolve("0001_rows.sql"));
        progress.printf("[bench] memory: %s, %,d bytes, %,d INSERTs%n", dir.resolve("0001_rows.sql"), fileBytes, rows);
        MemoryBench bench = new MemoryBench(server, dir, progress);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "- file: one migration of %,d single-row INSERTs, %,d bytes (%.1f MB)%n",
                rows, fileBytes, fileBytes / 1e6));
        out.append("- each mode runs in a JVM of its own (default collector, G1). Smallest heap: bisection of -Xmx down to "
                + RESOLUTION_MB + " MB, from -Xmx" + settings.firstHeapMb() + "m. Peak after a GC: the most heap still in use after any "
                + "collection of the run at that smallest heap, where collections are frequent, so close to the most "
                + "the run ever held; for a mode not bisected, of the run at -Xmx" + settings.firstHeapMb() + "m, where collections are "
                + "rare, so a lower bound. A JVM doing nothing but start needs about " + FLOOR_MB + " MB.\n\n");
        out.append("| mode | what runs | statements | smallest -Xmx that completes | x file | peak heap after a GC | x file "
                + "| time at -Xmx" + settings.firstHeapMb() + "m (s) |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Mode mode : MODES) {
            if ((mode.baseline() && settings.baselineCore().isEmpty())
                    || (!settings.modes().isEmpty() && !settings.modes().contains(mode.key()))) {
                continue;
            }
            String classPath = mode.baseline()
                    ? settings.baselineCore().get().toAbsolutePath() + File.pathSeparator + System.getProperty("java.class.path")
                    : System.getProperty("java.class.path");
            Outcome roomy = bench.run(mode.childMode(), classPath, settings.firstHeapMb(), Double.MAX_VALUE);
            if (!roomy.completed()) {
                out.append(String.format(Locale.ROOT, "| %s | %s | | does not complete in -Xmx%dm | | | | |%n",
                        mode.name(), mode.what(), settings.firstHeapMb()));
                continue;
            }
            boolean bisect = !usesDatabase(mode.childMode()) || settings.bisectUpgrade();
            Outcome smallest = bisect ? bench.smallestHeap(mode.childMode(), classPath, roomy) : roomy;
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.0f MB | %.1f | %.1f |%n",
                    mode.name(), mode.what(), roomy.statements() < 0 ? "" : String.format(Locale.ROOT, "%,d", roomy.statements()),
                    bisect ? smallest.heapMb() + " MB" : "not searched",
                    bisect ? String.format(Locale.ROOT, "%.1f", smallest.heapMb() * 1_048_576.0 / fileBytes) : "",
                    smallest.afterGc() / 1_048_576.0, (double) smallest.afterGc() / fileBytes, roomy.seconds()));
        }
        return out.toString();
    }

    private static boolean usesDatabase(String childMode) {
        return childMode.equals("upgrade") || childMode.equals("execute");
    }

    /** The run at the smallest {@code -Xmx} at which {@code mode} completes, to {@link #RESOLUTION_MB}. */
    private Outcome smallestHeap(String mode, String classPath, Outcome roomy) throws Exception {
        int fails = FLOOR_MB;
        Outcome completes = roomy;
        while (completes.heapMb() - fails > RESOLUTION_MB) {
            int mid = (fails + completes.heapMb()) / 2;
            Outcome tried = run(mode, classPath, mid, 3 * roomy.seconds() + 30);
            if (tried.completed()) {
                completes = tried;
            } else {
                fails = mid;
            }
        }
        return completes;
    }

    /** One child run; one that is still collecting garbage after {@code timeoutSeconds} counts as out of memory. */
    private Outcome run(String mode, String classPath, int heapMb, double timeoutSeconds)
            throws IOException, InterruptedException {
        String database = null;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-cp", classPath, MemoryChild.class.getName(), mode,
                dir.toString()));
        if (usesDatabase(mode)) {
            database = "memory_" + (++databases);
            server.createDatabase(database);
            command.add(server.jdbcUrl(database));
            command.add(server.user());
        }
        Path output = dir.resolveSibling("memory-child.log");
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean timedOut = !child.waitFor((long) Math.min(timeoutSeconds, 86_400), TimeUnit.SECONDS);
        if (timedOut) {
            child.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (database != null) {
            server.dropDatabase(database);
        }
        String log = Files.readString(output);
        Matcher m = RESULT.matcher(log);
        boolean completed = !timedOut && child.exitValue() == 0 && m.find();
        progress.printf(Locale.ROOT, "[bench] memory %s -Xmx%dm: %s in %.1f s%s%n", mode, heapMb,
                completed ? "completed" : timedOut ? "timed out" : "failed", seconds,
                completed ? String.format(Locale.ROOT, ", peak heap after a GC %.0f MB", Long.parseLong(m.group(2)) / 1_048_576.0) : "");
        if (!completed && !timedOut && !log.contains("OutOfMemoryError")) {
            throw new IllegalStateException(mode + " failed with -Xmx" + heapMb + "m for another reason than memory:\n" + log);
        }
        return completed
                ? new Outcome(heapMb, true, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), seconds)
                : new Outcome(heapMb, false, 0, 0, seconds);
    }
}
