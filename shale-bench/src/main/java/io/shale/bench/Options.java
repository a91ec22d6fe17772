package io.shale.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link BenchMain}.
 *
 * @param command  {@code all} (comparison, lifecycle and JMH), {@code compare}, {@code lifecycle} or {@code micro}
 * @param runs     measured runs per tool and measure
 * @param warmup   unmeasured runs before them
 * @param sizes    sizes of the generated workloads
 * @param corpus   the corpus folder; skipped when absent
 * @param tools    the tools to run, in report order
 * @param work     where the migration files are written
 * @param only     the parts of {@code lifecycle} to run; empty for all
 * @param statementLog where {@code lifecycle} copies the server's log of every statement, or null for no such log
 * @param megabytes the size of {@code memory}'s generated migration
 * @param bisectUpgrade whether {@code memory} also searches the smallest heap of a whole upgrade
 * @param baselineCore a shale-core jar of another build whose whole upgrade {@code memory} also measures, or null
 * @param memoryModes the rows of {@code memory} to run; empty for all
 * @param firstHeapMb the {@code -Xmx} of each {@code memory} mode's first run
 */
record Options(String command, int runs, int warmup, List<Integer> sizes, Path corpus, List<String> tools, Path work,
               List<String> only, Path statementLog, int megabytes, boolean bisectUpgrade, Path baselineCore,
               List<String> memoryModes, int firstHeapMb) {

    static final String USAGE = """
            usage: java -jar shale-bench.jar all|compare|lifecycle|micro|memory [options]
              --runs N          measured runs per tool and measure (default 5)
              --warmup N        warm-up runs before them (default 2)
              --sizes A,B,C     generated workload sizes of compare (default 100,1000,3000)
              --corpus DIR      the real histories (default ../shared/corpus; skipped when absent)
              --tools a,b       subset of shale,flyway,liquibase,jdbc
              --work DIR        where migration files are written (default a temporary folder)
              --only a,b        lifecycle: subset of inspect,reset,clear,purge,squash (for profiling)
              --statement-log F lifecycle: the server logs every statement with its duration, copied to F
                                at the end (to see where a call's time goes; slows every run)
              --megabytes N     memory: size of the generated migration of INSERTs (default 58)
              --bisect-upgrade B memory: true to search the smallest heap of a whole upgrade too (each
                                try applies the file; default false)
              --baseline-core J memory: also measure the whole upgrade with this shale-core jar (another
                                build, e.g. main's) first on the class path
              --modes a,b       memory: subset of list,stream,execute,upgrade,baseline
              --first-heap MB   memory: -Xmx of each mode's first run, where the bisection starts (default 1024)
            """;

    static Options parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(USAGE);
        }
        int runs = 5;
        int warmup = 2;
        List<Integer> sizes = List.of(100, 1000, 3000);
        Path corpus = Path.of("../shared/corpus");
        List<String> tools = List.of("shale", "flyway", "liquibase", "jdbc");
        Path work = null;
        List<String> only = List.of();
        Path statementLog = null;
        int megabytes = 58;
        boolean bisectUpgrade = false;
        Path baselineCore = null;
        List<String> memoryModes = List.of();
        int firstHeapMb = 1024;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
            }
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--sizes" -> sizes = split(value).stream().map(Integer::parseInt).toList();
                case "--corpus" -> corpus = Path.of(value);
                case "--tools" -> tools = split(value);
                case "--work" -> work = Path.of(value);
                case "--only" -> {
                    only = split(value);
                    for (String part : only) {
                        if (!io.shale.bench.lifecycle.LifecycleBench.PARTS.contains(part)) {
                            throw new IllegalArgumentException("unknown lifecycle part " + part + "; known: "
                                    + io.shale.bench.lifecycle.LifecycleBench.PARTS + "\n" + USAGE);
                        }
                    }
                }
                case "--statement-log" -> statementLog = Path.of(value);
                case "--megabytes" -> megabytes = Integer.parseInt(value);
                case "--bisect-upgrade" -> bisectUpgrade = Boolean.parseBoolean(value);
                case "--baseline-core" -> baselineCore = Path.of(value);
                case "--modes" -> memoryModes = split(value);
                case "--first-heap" -> firstHeapMb = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            i++;
        }
        return new Options(args[0], runs, warmup, sizes, corpus, tools, work, only, statementLog, megabytes,
                bisectUpgrade, baselineCore, memoryModes, firstHeapMb);
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
