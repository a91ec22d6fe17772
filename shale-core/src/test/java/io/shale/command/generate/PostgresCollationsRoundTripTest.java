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
 * Round trips on PostgreSQL for collations ({@code CREATE COLLATION}): created before the tables and
 * domains that use them, dropped after them, their comment set in place, dropped and created again
 * when their definition changes and nothing uses them, and a warning when something does. Each file
 * is proven by the engine's own definitions, which carry every attribute of a collation.
 */
class PostgresCollationsRoundTripTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE t (id int PRIMARY KEY);\n";
    private static final String CI = "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);\n";
    private static final String POSIX = "CREATE COLLATION posix_ctype (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');\n";
    private static final String T_CI = "CREATE TABLE t (id int PRIMARY KEY, name text COLLATE ci);\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                c("icu collation created with the column that uses it", T, CI + T_CI),
                c("collations and their table created from empty, with a comment", "",
                        CI + POSIX + "COMMENT ON COLLATION ci IS 'case-insensitive';\n"
                                + "CREATE TABLE t (id int PRIMARY KEY, name text COLLATE ci, code text COLLATE posix_ctype);"),
                c("collation dropped with its table", CI + T_CI, ""),
                c("collation dropped with the column that used it", CI + T_CI, T),
                c("column moved to a new collation, the old one dropped", CI + T_CI,
                        CI.replace("ci ", "ci2 ") + T_CI.replace("COLLATE ci", "COLLATE ci2")),
                c("collation comment changed", CI + T_CI, CI + "COMMENT ON COLLATION ci IS 'case-insensitive';\n" + T_CI),
                c("unused collation changed: dropped and created again", CI + T,
                        CI.replace("und-u-ks-level2", "und-u-kn-true") + T),
                c("libc collation with one locale changed to two", "CREATE COLLATION c1 (provider = libc, locale = 'C');\n",
                        "CREATE COLLATION c1 (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');\n"),
                c("collation in another schema, used by a domain", "CREATE SCHEMA audit;\n",
                        "CREATE SCHEMA audit;\nCREATE COLLATION audit.ci (provider = icu, locale = 'und-u-ks-level2',"
                                + " deterministic = false);\nCREATE DOMAIN audit.code AS text COLLATE audit.ci;\n"
                                + "CREATE TABLE audit.t (id int PRIMARY KEY, c audit.code);"));
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
    void collation_isCreatedBeforeTheTableAndDroppedAfterIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, "", CI + T_CI, Renames.NONE);
            assertThat(r.up()).first().isEqualTo(
                    "CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)");
            assertThat(r.warnings()).noneMatch(w -> w.contains("collation"));
            List<String> down = r.down();
            assertThat(down.indexOf("DROP COLLATION public.ci")).isGreaterThan(down.indexOf("DROP TABLE public.t"));
        }
    }

    @Test
    void changedUnusedCollation_isDroppedAndCreatedAgain() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, POSIX + T, POSIX.replace("'POSIX'", "'C'") + T,
                    Renames.NONE);
            assertThat(r.up()).containsExactly("DROP COLLATION public.posix_ctype",
                    "CREATE COLLATION public.posix_ctype (provider = libc, locale = 'C')");
        }
    }

    @Test
    void changedComment_isTheOnlyStatement() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            GenerateCommand.Result r = RoundTrip.check(db, dir, CI + T_CI,
                    CI + "COMMENT ON COLLATION ci IS 'it''s case-insensitive';\n" + T_CI, Renames.NONE);
            assertThat(r.up()).containsExactly("COMMENT ON COLLATION public.ci IS 'it''s case-insensitive'");
            assertThat(r.down()).containsExactly("COMMENT ON COLLATION public.ci IS NULL");
        }
    }

    /** PostgreSQL cannot alter a collation, nor drop one a column or domain uses: the change is warned, and unproven. */
    @Test
    void changedCollationInUse_isWarnedNamingItsUsers() throws Exception {
        String changed = CI.replace("und-u-ks-level2", "und-u-ks-level1");
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            String users = "CREATE DOMAIN ci_text AS text COLLATE ci;\n" + T_CI;
            ProofProject p = new ProofProject(db, dir, CI + users, changed + users);
            assertThatThrownBy(() -> p.generate(false)).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.GENERATE_UNPROVEN);
                assertThat(e.getMessage()).contains("collation public.ci").contains("und-u-ks-level1");
            });
            GenerateCommand.Result r = p.generate(true);
            assertThat(r.warnings()).contains("not compared: collation public.ci is icu locale 'und-u-ks-level2'"
                    + " nondeterministic and should be icu locale 'und-u-ks-level1' nondeterministic; a collation"
                    + " cannot be altered, and this one is used by column public.t.name, domain public.ci_text:"
                    + " change it by hand");
        }
    }

    /** A composite type's attribute holds its collation as a column does: dropping it would be refused. */
    @Test
    void changedCollationUsedByACompositeTypeOnly_isWarnedNamingTheAttribute() throws Exception {
        String changed = CI.replace("und-u-ks-level2", "und-u-ks-level1");
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            String users = "CREATE TYPE labelled AS (label text COLLATE ci, n int);\n" + T;
            ProofProject p = new ProofProject(db, dir, CI + users, changed + users);
            GenerateCommand.Result r = p.generate(true);
            assertThat(r.up()).noneMatch(s -> s.startsWith("DROP COLLATION"));
            assertThat(r.warnings()).anyMatch(w -> w.startsWith("not compared: collation public.ci is")
                    && w.endsWith("used by attribute public.labelled.label: change it by hand"));
        }
    }
}
