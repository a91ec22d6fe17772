package io.shale.bench;

import io.shale.bench.lifecycle.LifecycleBench;
import io.shale.bench.memory.MemoryBench;
import io.shale.bench.micro.MicroBenchmarks;
import io.shale.bench.tool.Tool;
import io.shale.bench.tool.Tools;
import io.shale.bench.workload.CorpusWorkload;
import io.shale.bench.workload.GeneratedWorkload;
import io.shale.embedded.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one command of docs/benchmarks.md: {@code java -jar shale-bench.jar all} compares Shale with
 * Flyway, Liquibase and the JDBC floor on one embedded PostgreSQL, measures Shale's inspect, reset,
 * clear and purge against their obvious alternatives on the same server ({@code lifecycle}), runs
 * the JMH micro-benchmarks, and prints Markdown tables on standard output (progress goes to
 * standard error). {@code memory}, not part of {@code all}, measures the heap one large migration
 * file costs (issue 11).
 */
public final class BenchMain {
    /** Generated workloads above this size are measured for scaling only (apply, warm JVM). */
    private static final int FULL_MATRIX_MAX_SIZE = 1000;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            ChildMain.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("fleet")) {
            FleetBench.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("tests")) {
            TestsMain.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Quiet.install();
        switch (options.command()) {
            case "all" -> {
                try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
                    compare(options, server);
                    lifecycle(options, server);
                }
                micro(options);
            }
            case "compare" -> {
                try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
                    compare(options, server);
                }
            }
            case "lifecycle" -> {
                try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
                    lifecycle(options, server);
                }
            }
            case "micro" -> micro(options);
            case "memory" -> {
                try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
                    System.out.println("## Memory: one large migration file (issue 11)\n");
                    System.out.println(Environment.describe(server));
                    System.out.println(MemoryBench.run(server, new MemoryBench.Settings(options.megabytes(),
                            workFolder(options), options.bisectUpgrade(),
                            java.util.Optional.ofNullable(options.baselineCore()), options.memoryModes(),
                            options.firstHeapMb()), System.err));
                }
            }
            default -> {
                System.err.println(Options.USAGE);
                System.exit(2);
            }
        }
    }

    private static void micro(Options options) throws Exception {
        Path log = workFolder(options).resolve("jmh.log");
        System.err.println("[bench] JMH micro-benchmarks (progress in " + log + ")");
        System.out.println(MicroBenchmarks.run(log));
    }

    private static Path workFolder(Options options) throws java.io.IOException {
        return options.work() != null ? Files.createDirectories(options.work()) : Files.createTempDirectory("shale-bench-");
    }

    private static void compare(Options options, EmbeddedPostgresServer server) throws Exception {
        List<Tool> tools = options.tools().stream().map(Tools::named).toList();
        Path work = workFolder(options);
        long start = System.nanoTime();
        ChildProcess child = new ChildProcess(System.getProperty("java.class.path"), List.of(),
                work.resolve("child.log"));
        Suite suite = new Suite(server, tools, work, child, System.err);
        Results results = suite.run(scenarios(options));
        System.out.println("## Shale vs Flyway vs Liquibase vs plain JDBC\n");
        System.out.println(Environment.describe(server));
        System.out.printf("- runs: %d measured after %d warm-up (new-process measures: 1 warm-up); "
                + "generated N > %d: apply (warm JVM) only, %d runs, no warm-up (the JVM is warm by then)%n",
                options.runs(), options.warmup(), FULL_MATRIX_MAX_SIZE, Math.min(3, options.runs()));
        System.out.printf("- wall time of the comparison: %.1f min%n%n", (System.nanoTime() - start) / 60e9);
        System.out.println(new Report(results).render());
    }

    /** Section 5 of issue 7: inspect, reset, clear and purge against the obvious alternatives. */
    private static void lifecycle(Options options, EmbeddedPostgresServer server) throws Exception {
        var corpus = CorpusWorkload.locate(options.corpus());
        if (corpus.isEmpty()) {
            System.err.println("[bench] no corpus at " + options.corpus().toAbsolutePath().normalize()
                    + ": reset measured on generated-1000 instead of langfuse, squash baseline skipped");
        }
        String report = LifecycleBench.run(server, new LifecycleBench.Settings(options.runs(), options.warmup(), corpus,
                workFolder(options), options.only(), java.util.Optional.ofNullable(options.statementLog())), System.err);
        System.out.println("## Shale only: inspect, reset, clear, purge (issue 7, section 5)\n");
        System.out.println(Environment.describe(server));
        System.out.println(report);
    }

    private static List<Scenario> scenarios(Options options) {
        Set<Measure> all = EnumSet.allOf(Measure.class);
        List<Scenario> out = new ArrayList<>();
        for (int size : options.sizes()) {
            out.add(size <= FULL_MATRIX_MAX_SIZE
                    ? new Scenario(GeneratedWorkload.of(size), all, options.warmup(), options.runs())
                    : new Scenario(GeneratedWorkload.of(size), EnumSet.of(Measure.APPLY_WARM), 0, Math.min(3, options.runs())));
        }
        var corpus = CorpusWorkload.locate(options.corpus());
        if (corpus.isPresent()) {
            out.add(new Scenario(CorpusWorkload.langfuse(corpus.get()), all, options.warmup(), options.runs()));
            out.add(new Scenario(CorpusWorkload.kratos(corpus.get()), all, options.warmup(), options.runs()));
        } else {
            System.err.println("[bench] no corpus at " + options.corpus().toAbsolutePath().normalize()
                    + ": langfuse and kratos skipped");
        }
        return out;
    }
}
