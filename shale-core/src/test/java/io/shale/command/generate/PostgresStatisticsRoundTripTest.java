package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips on PostgreSQL for extended statistics ({@code CREATE STATISTICS}): created after their
 * table or materialized view, columns and the functions their expressions call, dropped before the columns and tables they use, recreated when their definition
 * changes or their table or a column is renamed, their target and comment set in place. Each file is
 * proven by the engine's own definitions ({@code pg_get_statisticsobjdef}, the target, the comment).
 */
class PostgresStatisticsRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE t (id int PRIMARY KEY, city text, zip text);\n";
    private static final String GEO = "CREATE STATISTICS geo ON city, zip FROM t;\n";
    private static final String GEO_VIEW = "CREATE MATERIALIZED VIEW geo AS SELECT city, zip FROM t;\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("statistics created with their table", "", T + GEO),
                c("statistics created on a kept table", T, T + GEO),
                c("statistics created with the columns they use", "CREATE TABLE t (id int PRIMARY KEY);\n", T + GEO),
                c("statistics of some kinds", T, T + "CREATE STATISTICS geo (ndistinct, dependencies) ON city, zip FROM t;\n"),
                c("statistics kinds changed", T + GEO, T + "CREATE STATISTICS geo (mcv) ON city, zip FROM t;\n"),
                c("statistics over expressions", T, T + "CREATE STATISTICS geo ON (lower(city)), zip, (id % 10) FROM t;\n"),
                c("statistics over one expression", T, T + "CREATE STATISTICS geo ON (lower(city) || zip) FROM t;\n"),
                c("statistics columns changed", T + GEO, T + "CREATE STATISTICS geo ON id, city FROM t;\n"),
                c("statistics target set", T + GEO, T + GEO + "ALTER STATISTICS geo SET STATISTICS 500;\n"),
                c("statistics comment set", T + GEO, T + GEO + "COMMENT ON STATISTICS geo IS 'it''s where';\n"),
                c("statistics created with target and comment", T, T + GEO
                        + "ALTER STATISTICS geo SET STATISTICS 0;\nCOMMENT ON STATISTICS geo IS 'where';\n"),
                c("statistics dropped with a column they use", T + GEO,
                        "CREATE TABLE t (id int PRIMARY KEY, city text);\n"),
                c("a column type changed under statistics", T + GEO,
                        T.replace("zip text", "zip varchar(10)") + GEO),
                c("statistics over an expression calling a function of the schema", T,
                        T + "CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(t)';\n"
                                + "CREATE STATISTICS geo ON norm(city), zip FROM t;\n"),
                c("statistics on a materialized view", T, T + GEO_VIEW + "CREATE STATISTICS geo_v ON city, zip FROM geo;\n"),
                c("statistics on a materialized view that is recreated", T + GEO_VIEW
                        + "CREATE STATISTICS geo_v ON city, zip FROM geo;\n",
                        T + GEO_VIEW.replace("FROM t", "FROM t WHERE id > 0")
                                + "CREATE STATISTICS geo_v ON city, zip FROM geo;\n"),
                c("quoted names, statistics in another schema than the table",
                        "CREATE SCHEMA audit;\nCREATE SCHEMA stats;\n",
                        "CREATE SCHEMA audit;\nCREATE SCHEMA stats;\n"
                                + "CREATE TABLE audit.\"Orders\" (id int PRIMARY KEY, \"City\" text, \"select\" text);\n"
                                + "CREATE STATISTICS stats.\"Geo\" ON \"City\", \"select\" FROM audit.\"Orders\";\n"));
    }

    private static Arguments c(String name, String a, String b) {
        return Arguments.of(name, a, b);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTrip(String name, String a, String b) throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            RoundTrip.check(db, dir, a, b, Renames.NONE);
        }
    }

    @Test
    void statistics_areCreatedAfterTheirTableAndDroppedBeforeIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, "", T + GEO
                    + "ALTER STATISTICS geo SET STATISTICS 500;\nCOMMENT ON STATISTICS geo IS 'where';\n", Renames.NONE);
            assertThat(r.up()).containsSubsequence("CREATE STATISTICS public.geo ON city, zip FROM public.t",
                    "ALTER STATISTICS public.geo SET STATISTICS 500", "COMMENT ON STATISTICS public.geo IS 'where'");
            assertThat(r.up().indexOf("CREATE STATISTICS public.geo ON city, zip FROM public.t"))
                    .isGreaterThan(r.up().indexOf(r.up().stream().filter(s -> s.startsWith("CREATE TABLE")).findFirst()
                            .orElseThrow()));
            assertThat(r.warnings()).noneMatch(w -> w.contains("statistics"));
            List<String> down = r.down();
            assertThat(down.indexOf("DROP STATISTICS public.geo")).isLessThan(down.indexOf("DROP TABLE public.t"));
        }
    }

    @Test
    void changedTargetAndComment_areTheOnlyStatements() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, T + GEO, T + GEO
                    + "ALTER STATISTICS geo SET STATISTICS 500;\nCOMMENT ON STATISTICS geo IS 'where';\n", Renames.NONE);
            assertThat(r.up()).containsExactly("ALTER STATISTICS public.geo SET STATISTICS 500",
                    "COMMENT ON STATISTICS public.geo IS 'where'");
            assertThat(r.down()).containsExactly("ALTER STATISTICS public.geo SET STATISTICS -1",
                    "COMMENT ON STATISTICS public.geo IS NULL");
        }
    }

    @Test
    void hintedTableRename_keepsTheStatisticsOnTheRenamedTable() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            String plain = "CREATE TABLE t (id int, city text, zip text);\n";
            GenerateCommand.Result r = RoundTrip.check(db, dir, plain + GEO,
                    plain.replace("TABLE t", "TABLE sales") + GEO.replace("FROM t", "FROM sales"),
                    new Renames(Map.of("public.t", "sales"), Map.of()));
            assertThat(r.up()).containsExactly("DROP STATISTICS public.geo", "ALTER TABLE public.t RENAME TO sales",
                    "CREATE STATISTICS public.geo ON city, zip FROM public.sales");
        }
    }

    @Test
    void hintedColumnRename_keepsTheStatisticsOverTheRenamedColumn() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, T + GEO,
                    T.replace("city", "town") + GEO.replace("city", "town"),
                    new Renames(Map.of(), Map.of("public.t.city", "town")));
            assertThat(r.up()).containsExactly("DROP STATISTICS public.geo",
                    "ALTER TABLE public.t RENAME COLUMN city TO town",
                    "CREATE STATISTICS public.geo ON town, zip FROM public.t");
        }
    }
}
