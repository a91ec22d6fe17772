package io.shale.bench.tests;

import io.shale.bench.tool.Database;
import io.shale.bench.tool.Tools;
import io.shale.bench.workload.Workload;
import io.shale.embedded.EmbeddedPostgresServer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 12: the time to give one test a fresh migrated database, on one embedded PostgreSQL, for
 * shale-junit's ready copies, Flyway {@code clean} + {@code migrate}, and a full Shale replay; and zonky's
 * {@code PreparedDbProvider}, on the cluster it starts for itself (see {@link ZonkyPrepared}). Each
 * simulated test obtains a database (timed), runs one tiny query on it (a count of the application's
 * tables, which must be the same for every test of every contender), sleeps for its body, and gives
 * the database back (not timed). Returns Markdown; progress goes to {@code log}.
 */
public final class TestsBench {
    /** Tables the tools add for their history, left out of the check that every database is the same. */
    private static final String APP_TABLES = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename "
            + "NOT IN ('shale_history', 'shale_meta', 'flyway_schema_history')";

    /**
     * @param tests     simulated tests per fast contender (shale-junit's variants)
     * @param slowTests simulated tests per contender that migrates per test (Flyway, Shale replay)
     * @param spares    copies shale-junit keeps ready
     * @param work      where the migration folders and shale-junit's state are written
     */
    public record Settings(int tests, int slowTests, int spares, Path work) {
        public Settings {
            if (tests < 1 || slowTests < 1) {
                throw new IllegalArgumentException("tests and slow tests must be >= 1: " + tests + ", " + slowTests);
            }
        }
    }

    private final EmbeddedPostgresServer server;
    private final Settings settings;
    private final PrintStream log;
    private long appTables = -1;

    public TestsBench(EmbeddedPostgresServer server, Settings settings, PrintStream log) {
        this.server = server;
        this.settings = settings;
        this.log = log;
    }

    public String run(Workload history) throws Exception {
        long wallStart = System.nanoTime();
        String loadAtStart = loadAverage();
        Path project = Files.createDirectories(settings.work().resolve("tests-shale"));
        Path shaleFiles = Files.createDirectories(project.resolve("migrations"));
        Path flywayFiles = Files.createDirectories(settings.work().resolve("tests-flyway"));
        Tools.named("shale").write(history, shaleFiles);
        Tools.named("flyway").write(history, flywayFiles);
        List<TestsReport.Row> rows = new ArrayList<>();

        log.println("[tests] shale-junit: building the template of " + history.name() + " and its first copy");
        FreshCopies copies = FreshCopies.open(project, server.jdbcUrl("postgres"), server.user(),
                settings.work().resolve("tests-state"), settings.spares());
        double firstFlyway;
        try {
            rows.add(measure(copies.variant("shale-junit `next()`"), Duration.ofMillis(20), settings.tests()));
            rows.add(measure(copies.variant("shale-junit `next()`"), Duration.ofMillis(10), settings.tests()));
            rows.add(measure(copies.variant("shale-junit `next()`"), Duration.ZERO, settings.tests()));
            rows.addAll(copyAlone(copies.template()));
        } finally {
            copies.close();
        }
        // zonky's cluster has no close: it stays up, idle, until the JVM exits (zonky's shutdown hook stops it)
        log.println("[tests] zonky: starting its cluster and preparing its template");
        ZonkyPrepared zonky = new ZonkyPrepared(shaleFiles);
        rows.add(measure(zonky, Duration.ofMillis(20), settings.tests()));
        rows.add(measure(zonky, Duration.ZERO, settings.tests()));
        server.createDatabase("tests_flyway");
        try {
            FlywayCleanMigrate flyway = new FlywayCleanMigrate(flywayFiles,
                    new Database(server.jdbcUrl("tests_flyway"), server.user()));
            log.println("[tests] Flyway: first migrate of the empty database (not measured)");
            long start = System.nanoTime();
            flyway.obtain();
            firstFlyway = (System.nanoTime() - start) / 1e6;
            rows.add(measure(flyway, Duration.ZERO, settings.slowTests()));
        } finally {
            server.dropDatabase("tests_flyway");
        }
        rows.add(measure(new ShaleReplay(server, shaleFiles), Duration.ZERO, settings.slowTests()));
        return new TestsReport(history, copies.openMillis(), copies.templateBuilt(), zonky.openMillis(), firstFlyway,
                appTables, loadAtStart, loadAverage(), (System.nanoTime() - wallStart) / 60e9).render(rows);
    }

    private TestsReport.Row measure(Contender contender, Duration body, int tests) throws Exception {
        String bodyText = body.isZero() ? "none (back to back)" : body.toMillis() + " ms sleep";
        log.println("[tests] " + contender.name() + ", body " + bodyText + ": " + tests + " tests");
        Timings obtain = new Timings();
        for (int i = 0; i < tests; i++) {
            long start = System.nanoTime();
            Contender.Obtained db = contender.obtain();
            obtain.add((System.nanoTime() - start) / 1e6);
            try {
                check(db.database(), contender.name());
                if (!body.isZero()) {
                    Thread.sleep(body.toMillis());
                }
            } finally {
                db.release();
            }
        }
        return new TestsReport.Row(contender.name(), bodyText, obtain);
    }

    /**
     * What a test pays when the ready copies have run out: the server's copy of the template alone,
     * with {@code STRATEGY FILE_COPY} (as shale-junit copies on PostgreSQL 15+) and with the default
     * strategy (WAL_LOG, as zonky's {@code PreparedDbProvider} copies), taking turns; each copy is then
     * checked and dropped, untimed.
     */
    private List<TestsReport.Row> copyAlone(String template) throws Exception {
        log.println("[tests] the copy of " + template + " alone: " + settings.slowTests() + " copies per strategy");
        Timings fileCopy = new Timings();
        Timings walLog = new Timings();
        try (Connection c = server.connect("postgres"); Statement st = c.createStatement()) {
            for (int i = 0; i < settings.slowTests(); i++) {
                copyOnce(st, template, " STRATEGY FILE_COPY", fileCopy);
                copyOnce(st, template, "", walLog);
            }
        }
        return List.of(
                new TestsReport.Row("`CREATE DATABASE ... TEMPLATE ... STRATEGY FILE_COPY` alone (a dry pool's cost)",
                        "none (back to back)", fileCopy),
                new TestsReport.Row("`CREATE DATABASE ... TEMPLATE` alone, default strategy (WAL_LOG)",
                        "none (back to back)", walLog));
    }

    private void copyOnce(Statement st, String template, String strategy, Timings into) throws Exception {
        long start = System.nanoTime();
        st.execute("CREATE DATABASE tests_copy TEMPLATE " + template + strategy);
        into.add((System.nanoTime() - start) / 1e6);
        check(new Database(server.jdbcUrl("tests_copy"), server.user()), "the copy alone");
        st.execute("DROP DATABASE tests_copy WITH (FORCE)");
    }

    /** The 1, 5 and 15 minute load averages of the machine, or "unknown". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The tiny query of every simulated test, and the proof that every database holds the same tables. */
    private void check(Database db, String contender) throws Exception {
        long tables;
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(APP_TABLES)) {
            rs.next();
            tables = rs.getLong(1);
        }
        if (tables == 0 || (appTables >= 0 && tables != appTables)) {
            throw new IllegalStateException(contender + " gave a database with " + tables
                    + " application tables; the first test's database had " + appTables);
        }
        appTables = tables;
    }
}
