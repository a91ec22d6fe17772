package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips on PostgreSQL for range types ({@code CREATE TYPE ... AS RANGE}): created before the
 * tables, domains, composite types and routines that use them and after the enums and functions they
 * use, dropped after their users, dropped and created again when changed while unused, their comment
 * set, and a warning when a column uses a changed one. Each file is proven by the engine's own
 * definitions, which list every option of the range.
 */
class PostgresRangeTypesRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE t (id int PRIMARY KEY);\n";
    private static final String HOURS = "CREATE TYPE hour_range AS RANGE (subtype = float8);\n";
    private static final String T_HOURS = "CREATE TABLE t (id int PRIMARY KEY, hours hour_range);\n";
    private static final String DIFF = "CREATE FUNCTION time_diff(x time, y time) RETURNS float8 LANGUAGE sql"
            + " IMMUTABLE STRICT AS 'SELECT EXTRACT(EPOCH FROM (x - y))';\n";
    private static final String TIMES = DIFF + "CREATE TYPE time_range AS RANGE (subtype = time, subtype_diff = time_diff);\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("range created with the column that uses it", T, HOURS + T_HOURS),
                c("range and its table created from empty", "", HOURS + T_HOURS),
                c("range used by a column of its multirange type", T,
                        HOURS + "CREATE TABLE t (id int PRIMARY KEY, spans hour_multirange);\n"),
                c("range created with a function taking it", T, HOURS + T
                        + "CREATE FUNCTION width(r hour_range) RETURNS float8 LANGUAGE sql AS 'SELECT upper(r) - lower(r)';\n"),
                c("range over an enum, used by a domain and a composite type", T,
                        "CREATE TYPE level AS ENUM ('low', 'high');\nCREATE TYPE level_range AS RANGE (subtype = level);\n"
                                + "CREATE DOMAIN some_levels AS level_range CHECK (NOT isempty(VALUE));\n"
                                + "CREATE TYPE band AS (levels level_range);\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, l some_levels, b band);\n"),
                c("range with its own subtype difference function", T, TIMES + T
                        + "CREATE TABLE u (id int PRIMARY KEY, shift time_range);\n"),
                c("range with a built-in difference function, an operator class, a collation and a multirange name", T,
                        "CREATE TYPE name_range AS RANGE (subtype = text, subtype_opclass = text_pattern_ops,"
                                + " collation = \"C\", multirange_type_name = name_ranges);\n"
                                + "CREATE TYPE f_range AS RANGE (subtype = float8, subtype_diff = float8mi);\n" + T),
                c("range over a domain and over a composite type", T,
                        "CREATE DOMAIN positive AS int CHECK (VALUE > 0);\n"
                                + "CREATE TYPE positive_range AS RANGE (subtype = positive);\n"
                                + "CREATE TYPE pair AS (a int, b int);\nCREATE TYPE pair_range AS RANGE (subtype = pair);\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, p positive_range, q pair_range);\n"),
                c("range dropped with the column that used it", HOURS + T_HOURS, T),
                c("range changed while unused", HOURS + T, "CREATE TYPE hour_range AS RANGE (subtype = numeric);\n" + T),
                c("range comment set", HOURS + T_HOURS, HOURS + "COMMENT ON TYPE hour_range IS 'it''s hours';\n" + T_HOURS),
                c("quoted names in another schema", "CREATE SCHEMA audit;\n",
                        "CREATE SCHEMA audit;\nCREATE TYPE audit.\"Span\" AS RANGE (subtype = int8);\n"
                                + "CREATE TABLE audit.t (id int PRIMARY KEY, s audit.\"Span\");\n"));
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
    void range_isCreatedBeforeTheTableAndDroppedAfterIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, "", HOURS + T_HOURS, Renames.NONE);
            assertThat(r.up()).first().isEqualTo("CREATE TYPE public.hour_range AS RANGE (subtype = double precision)");
            assertThat(r.warnings()).noneMatch(w -> w.contains("range"));
            List<String> down = r.down();
            assertThat(down.indexOf("DROP TYPE public.hour_range")).isGreaterThan(down.indexOf("DROP TABLE public.t"));
        }
    }

    @Test
    void rangeWithItsOwnFunction_followsTheFunctionAndGoesBeforeIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, T, TIMES + T, Renames.NONE);
            assertThat(r.up()).hasSize(2);
            assertThat(r.up().get(0)).startsWith("CREATE OR REPLACE FUNCTION public.time_diff");
            assertThat(r.up().get(1))
                    .isEqualTo("CREATE TYPE public.time_range AS RANGE (subtype = time without time zone,"
                            + " subtype_diff = public.time_diff)");
            assertThat(r.down()).first().isEqualTo("DROP TYPE public.time_range");
        }
    }

    @Test
    void changedRangeAColumnUses_isWarnedNamingTheColumn() throws Exception {
        String changed = "CREATE TYPE hour_range AS RANGE (subtype = numeric);\n";
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = new ProofProject(db, dir, HOURS + T_HOURS, changed + T_HOURS);
            assertThatThrownBy(() -> p.generate(false)).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.GENERATE_UNPROVEN);
                assertThat(e.getMessage()).contains("public.hour_range").contains("numeric");
            });
            GenerateCommand.Result r = p.generate(true);
            assertThat(r.warnings()).contains("not compared: range type public.hour_range is (subtype double precision)"
                    + " and should be (subtype numeric); it cannot be altered, nor dropped and created again while it is"
                    + " used by column public.t.hours: change it by hand");
            assertThat(r.up()).isEmpty();
        }
    }

    /** PostgreSQL cannot drop a range type a function takes: the change is warned naming the function. */
    @Test
    void changedRangeAFunctionTakes_isWarnedNamingTheFunction() throws Exception {
        String width = "CREATE FUNCTION width(r hour_range) RETURNS float8 LANGUAGE sql AS 'SELECT 1::float8';\n";
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = new ProofProject(db, dir, HOURS + T + width,
                    "CREATE TYPE hour_range AS RANGE (subtype = numeric);\n" + T + width);
            GenerateCommand.Result r = p.generate(true);
            assertThat(r.warnings()).anyMatch(w -> w.startsWith("not compared: range type public.hour_range is")
                    && w.contains("used by routine public.width(r hour_range)"));
            assertThat(r.up()).noneMatch(statement -> statement.startsWith("DROP TYPE"));
        }
    }
}
