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
 * Round trips on PostgreSQL for composite types ({@code CREATE TYPE ... AS (...)}): created before the
 * tables, domains and routines that use them and after the types they use, dropped after their users,
 * their attributes altered in place while no column uses them, their comment set, and a warning when
 * a column does. Each file is proven by the engine's own definitions, which list every attribute.
 */
class PostgresCompositeTypesRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE t (id int PRIMARY KEY);\n";
    private static final String PAIR = "CREATE TYPE pair AS (amount numeric, currency text);\n";
    private static final String T_PAIR = "CREATE TABLE t (id int PRIMARY KEY, price pair);\n";
    private static final String MAKE_PAIR = "CREATE FUNCTION make_pair(n numeric) RETURNS pair LANGUAGE sql"
            + " AS $$ SELECT n, 'EUR'::text $$;\n";
    private static final String NESTED = "CREATE TYPE mood AS ENUM ('sad', 'happy');\n"
            + "CREATE TYPE z_inner AS (x int, y int);\n"
            + "CREATE TYPE a_outer AS (inner_value z_inner, feeling mood, history z_inner[]);\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("type created with the column that uses it", T, PAIR + T_PAIR),
                c("type and its table created from empty", "", PAIR + T_PAIR),
                c("type created with a function returning it", T, PAIR + T + MAKE_PAIR),
                c("type using an enum and another composite type", T, NESTED + T
                        + "CREATE TABLE u (id int PRIMARY KEY, o a_outer);\n"),
                c("type dropped with the column that used it", PAIR + T_PAIR, T),
                c("type dropped with the function returning it", PAIR + T + MAKE_PAIR, T),
                c("attribute added to an unused type", PAIR + T, PAIR.replace("text)", "text, rate numeric(10,4))") + T),
                c("attribute dropped from an unused type", PAIR + T, PAIR.replace(", currency text", "") + T),
                c("attribute type and collation changed on an unused type", PAIR + T,
                        "CREATE TYPE pair AS (amount numeric(12,2), currency text COLLATE \"C\");\n" + T),
                c("attributes reordered on a type a function returns", PAIR + T + MAKE_PAIR,
                        "CREATE TYPE pair AS (currency text, amount numeric);\n" + T
                                + MAKE_PAIR.replace("SELECT n, 'EUR'::text", "SELECT 'EUR'::text, n")),
                c("type comment set", PAIR + T_PAIR, PAIR + "COMMENT ON TYPE pair IS 'money';\n" + T_PAIR),
                c("type over a domain, and a domain over a type", T,
                        "CREATE DOMAIN positive AS int CHECK (VALUE > 0);\nCREATE TYPE box AS (size positive);\n"
                                + PAIR + "CREATE DOMAIN paid AS pair CHECK ((VALUE).amount > 0);\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, b box, p paid);\n"),
                c("quoted names in another schema", "CREATE SCHEMA audit;\n",
                        "CREATE SCHEMA audit;\nCREATE TYPE audit.\"Pair\" AS (\"Amount\" numeric, \"select\" text);\n"
                                + "CREATE TABLE audit.t (id int PRIMARY KEY, p audit.\"Pair\");\n"));
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
    void type_isCreatedBeforeTheTableAndDroppedAfterIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, "", PAIR + T_PAIR, Renames.NONE);
            assertThat(r.up()).first().isEqualTo("CREATE TYPE public.pair AS (amount numeric, currency text)");
            assertThat(r.warnings()).noneMatch(w -> w.contains("composite"));
            List<String> down = r.down();
            assertThat(down.indexOf("DROP TYPE public.pair")).isGreaterThan(down.indexOf("DROP TABLE public.t"));
        }
    }

    @Test
    void nestedTypes_areCreatedAfterTheTypesTheyUseAndDroppedBeforeThem() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, T, NESTED + T, Renames.NONE);
            assertThat(r.up()).containsSubsequence("CREATE TYPE public.mood AS ENUM ('sad', 'happy')",
                    "CREATE TYPE public.z_inner AS (x integer, y integer)",
                    "CREATE TYPE public.a_outer AS (inner_value public.z_inner, feeling public.mood,"
                            + " history public.z_inner[])");
            assertThat(r.down()).containsSubsequence("DROP TYPE public.a_outer", "DROP TYPE public.z_inner",
                    "DROP TYPE public.mood");
        }
    }

    @Test
    void unusedTypesAttributes_areAlteredInOneStatement() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, PAIR + T,
                    "CREATE TYPE pair AS (amount numeric(12,2), code text COLLATE \"C\");\n" + T, Renames.NONE);
            assertThat(r.up()).containsExactly("ALTER TYPE public.pair DROP ATTRIBUTE currency,"
                    + " ADD ATTRIBUTE code text COLLATE \"C\", ALTER ATTRIBUTE amount TYPE numeric(12,2)");
            assertThat(r.down()).containsExactly("ALTER TYPE public.pair DROP ATTRIBUTE code,"
                    + " ADD ATTRIBUTE currency text, ALTER ATTRIBUTE amount TYPE numeric");
        }
    }

    @Test
    void changedComment_isTheOnlyStatement() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, PAIR + T_PAIR,
                    PAIR + "COMMENT ON TYPE pair IS 'it''s money';\n" + T_PAIR, Renames.NONE);
            assertThat(r.up()).containsExactly("COMMENT ON TYPE public.pair IS 'it''s money'");
            assertThat(r.down()).containsExactly("COMMENT ON TYPE public.pair IS NULL");
        }
    }

    /** PostgreSQL refuses to alter the attributes of a type a column uses: the change is warned, and unproven. */
    @Test
    void attributeChangeOnATypeInUse_isWarnedNamingItsColumns() throws Exception {
        String changed = PAIR.replace("text)", "text, rate numeric)");
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = new ProofProject(db, dir, PAIR + T_PAIR, changed + T_PAIR);
            assertThatThrownBy(() -> p.generate(false)).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.GENERATE_UNPROVEN);
                assertThat(e.getMessage()).contains("public.pair").contains("rate");
            });
            GenerateCommand.Result r = p.generate(true);
            assertThat(r.warnings()).contains("not compared: composite type public.pair is (amount numeric, currency"
                    + " text) and should be (amount numeric, currency text, rate numeric); its attributes cannot be"
                    + " altered while it is used by column public.t.price: change it by hand");
            assertThat(r.up()).isEmpty();
        }
    }
}
