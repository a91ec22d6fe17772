package io.shale.bench;

import io.shale.bench.tests.TestsBench;
import io.shale.bench.workload.CorpusWorkload;
import io.shale.embedded.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar shale-bench.jar tests [options]}: issue 12, a fresh migrated database per test
 * (see {@link TestsBench}), on the langfuse history of the corpus. It has options of its own, so
 * {@link BenchMain} hands it the arguments before parsing the shared ones.
 */
final class TestsMain {
    static final String USAGE = """
            usage: java -jar shale-bench.jar tests [options]
              --tests N       simulated tests per shale-junit variant (default 30)
              --slow-tests N  simulated tests for Flyway clean + migrate and the Shale replay (default 5)
              --spares N      copies shale-junit keeps ready (default 2, its own default)
              --corpus DIR    the real histories (default ../shared/corpus; langfuse is required)
              --work DIR      where migration files are written (default a temporary folder)
            """;

    private TestsMain() {
    }

    /** @param args the arguments after {@code tests} */
    static void main(String[] args) throws Exception {
        int tests = 30;
        int slowTests = 5;
        int spares = 2;
        Path corpus = Path.of("../shared/corpus");
        Path work = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                fail(args[i] + " needs a value");
            }
            String value = args[i + 1];
            try {
                switch (args[i]) {
                    case "--tests" -> tests = Integer.parseInt(value);
                    case "--slow-tests" -> slowTests = Integer.parseInt(value);
                    case "--spares" -> spares = Integer.parseInt(value);
                    case "--corpus" -> corpus = Path.of(value);
                    case "--work" -> work = Path.of(value);
                    default -> fail("unknown option " + args[i]);
                }
            } catch (NumberFormatException e) {
                fail(args[i] + " needs a whole number: " + value);
            }
        }
        var found = CorpusWorkload.locate(corpus);
        if (found.isEmpty()) {
            fail("no corpus with langfuse at " + corpus.toAbsolutePath().normalize() + "; give --corpus DIR");
        }
        Quiet.install();
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("shale-bench-tests-");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            String report = new TestsBench(server, new TestsBench.Settings(tests, slowTests, spares, folder), System.err)
                    .run(CorpusWorkload.langfuse(found.get()));
            System.out.println("## A fresh migrated database per test (issue 12)\n");
            System.out.println(Environment.describe(server));
            System.out.println(report);
        }
    }

    private static void fail(String message) {
        System.err.println(message + "\n" + USAGE);
        System.exit(2);
    }
}
