package io.shale.bench.tests;

import io.shale.bench.workload.Workload;
import java.util.List;
import java.util.Locale;

/** The Markdown of {@link TestsBench}: the table, the one-time costs, and the verdict on issue 12's goals. */
final class TestsReport {
    /** Issue 12: at most this median per test for shale-junit. */
    static final double GOAL_MILLIS = 50;
    /** Issue 12: at least this many times faster than Flyway clean + migrate. */
    static final double GOAL_RATIO = 20;

    /** One contender with one test body. */
    record Row(String contender, String body, Timings obtain) {
    }

    private final Workload history;
    private final double templateMillis;
    private final boolean templateBuilt;
    private final double zonkyOpenMillis;
    private final double firstFlywayMillis;
    private final long appTables;
    private final String loadAtStart;
    private final String loadAtEnd;
    private final double wallMinutes;

    TestsReport(Workload history, double templateMillis, boolean templateBuilt, double zonkyOpenMillis,
                double firstFlywayMillis, long appTables, String loadAtStart, String loadAtEnd, double wallMinutes) {
        this.zonkyOpenMillis = zonkyOpenMillis;
        this.history = history;
        this.templateMillis = templateMillis;
        this.templateBuilt = templateBuilt;
        this.firstFlywayMillis = firstFlywayMillis;
        this.appTables = appTables;
        this.loadAtStart = loadAtStart;
        this.loadAtEnd = loadAtEnd;
        this.wallMinutes = wallMinutes;
    }

    String render(List<Row> rows) {
        double flyway = rows.stream().filter(r -> r.contender().startsWith("Flyway")).findFirst()
                .map(r -> r.obtain().median()).orElse(Double.NaN);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "- history: %s, %d migrations (%d application tables in every database)%n",
                history.name(), history.size(), appTables));
        out.append("- load average (1, 5, 15 min): ").append(loadAtStart).append(" at the start, ").append(loadAtEnd)
                .append(" at the end\n");
        out.append(String.format(Locale.ROOT, "- wall time of the tests command: %.1f min%n%n", wallMinutes));
        out.append(String.format(Locale.ROOT, "| contender | test body | tests | median | p90 | max | mean | tests over "
                + "%.0f ms | Flyway median / median |%n", GOAL_MILLIS));
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            Timings t = r.obtain();
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %d | %s |%n", r.contender(),
                    r.body(), t.count(), ms(t.median()), ms(t.p90()), ms(t.max()), ms(t.mean()), t.over(GOAL_MILLIS),
                    ratio(flyway / t.median())));
        }
        out.append("\nTimes are the \"obtain\" step in milliseconds (the tiny query, the body and giving the database "
                + "back are not in them).\n\n");
        out.append(String.format(Locale.ROOT, "One-time costs: shale-junit's `open` + `awaitReady` (%s the template "
                        + "by replaying every migration, then its first copy): %s ms; zonky's `forPreparer` (starts "
                        + "its cluster, replays into its template): %s ms; Flyway's first `migrate` of the empty "
                        + "database: %s ms.%n%n", templateBuilt ? "builds" : "found", ms(templateMillis),
                ms(zonkyOpenMillis), ms(firstFlywayMillis)));
        out.append("| goal of issue 12 | shale-junit variant | measured | verdict |\n|---|---|---:|---|\n");
        for (Row r : rows) {
            if (!r.contender().startsWith("shale-junit")) {
                continue;
            }
            double median = r.obtain().median();
            out.append(String.format(Locale.ROOT, "| median <= %.0f ms | body %s | %s ms | %s |%n", GOAL_MILLIS, r.body(),
                    ms(median), median <= GOAL_MILLIS ? "met" : "missed"));
            double ratio = flyway / median;
            out.append(String.format(Locale.ROOT, "| >= %.0fx faster than Flyway clean + migrate | body %s | %sx | %s |%n",
                    GOAL_RATIO, r.body(), ratio(ratio), ratio >= GOAL_RATIO ? "met" : "missed"));
            double mean = r.obtain().mean();
            out.append(String.format(Locale.ROOT, "| (not a goal) mean <= %.0f ms, the cost per test a suite pays | body %s "
                    + "| %s ms | %s |%n", GOAL_MILLIS, r.body(), ms(mean), mean <= GOAL_MILLIS ? "would be met" : "not met"));
        }
        return out.toString();
    }

    private static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "-" : v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
