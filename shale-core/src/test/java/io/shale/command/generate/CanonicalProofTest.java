package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine-canonical proof of generate and check --drift: a generated migration is accepted only
 * when the engine's own definitions agree in both directions, and a gap Shale does not render yet
 * is reported with both definitions and a failure, never silently.
 */
class CanonicalProofTest {
    @TempDir
    Path dir;

    private static final String T = "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL);";

    static Stream<Arguments> provenCases() {
        return Stream.of(Engine.values()).flatMap(e -> Stream.of(
                Arguments.of(e, "create table with index", "", T + "\nCREATE INDEX t_name_idx ON t (name);"),
                Arguments.of(e, "add column and check", T,
                        "CREATE TABLE t (id int PRIMARY KEY, name varchar(50) NOT NULL, n int, CONSTRAINT t_n CHECK (n > 0));"),
                Arguments.of(e, "drop table", T + "\nCREATE TABLE u (id int PRIMARY KEY);", T)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("provenCases")
    void generate_isProvenInBothDirectionsByTheEnginesDefinitions(Engine engine, String name, String a, String b)
            throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            ProofProject p = new ProofProject(db, dir, a, b);
            GenerateCommand.Result r = p.generate(false);
            assertThat(r.changed()).isTrue();
            assertThat(r.warnings()).noneMatch(w -> w.contains("does not reach"));
            assertThat(Files.readString(r.file())).doesNotContain("-- WARNING");
            assertThat(p.drift().drifted()).as("check --drift right after generating").isFalse();
        }
    }

    /** PostgreSQL prints an IN list over varchar differently after a second round trip (JPA's enum checks). */
    @Test
    void postgres_enumCheckWrittenAsHibernateDoes_isNoDriftAfterGenerating() throws Exception {
        String hibernate = "create table orders (id bigint not null, status varchar(255) check (status in ('NEW','PAID')),"
                + " primary key (id));";
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = new ProofProject(db, dir, "", hibernate);
            GenerateCommand.Result r = p.generate(false);
            assertThat(r.file()).exists();
            assertThat(Files.readString(r.file())).doesNotContain("-- WARNING");
            DriftCommand.Result drift = p.drift();
            assertThat(drift.modelsDifferences()).isEmpty();
            assertThat(drift.drifted()).isFalse();
            assertThat(p.generate(false).changed()).as("a second generate finds nothing").isFalse();
        }
    }

    /** A rule: not rendered by Shale (docs/generate.md), so the proof must report it with both definitions. */
    @Test
    void postgres_ruleNotRendered_failsWithBothDefinitions() throws Exception {
        String plain = "CREATE TABLE t (id int PRIMARY KEY, code text);";
        String withRule = plain + "\nCREATE RULE t_keep AS ON DELETE TO t DO INSTEAD NOTHING;";
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = new ProofProject(db, dir, plain, withRule);
            assertThatThrownBy(() -> p.generate(false)).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.GENERATE_UNPROVEN);
                assertThat(e.getMessage()).contains("rule public.t.t_keep")
                        .contains("DO INSTEAD NOTHING").contains("expected:").contains("actual:");
            });
            assertThat(p.drift().modelsDifferences()).extracting(d -> d.object())
                    .containsExactly("rule public.t.t_keep");
        }
    }

    @Test
    void postgres_gapInANewTable_allowUnprovenWritesTheFileWithWarnings() throws Exception {
        String models = "CREATE TABLE t (id int PRIMARY KEY, code text);\n"
                + "CREATE RULE t_keep AS ON DELETE TO t DO INSTEAD NOTHING;";
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            ProofProject p = new ProofProject(db, dir, "", models);
            assertThatThrownBy(() -> p.generate(false)).isInstanceOf(ShaleException.class)
                    .hasMessageContaining("up section").hasMessageContaining("DO INSTEAD NOTHING");
            assertThat(p.migrations.resolve("0001_change.sql")).doesNotExist();
            GenerateCommand.Result r = p.generate(true);
            assertThat(Files.readString(r.file())).contains("-- WARNING: the up section does not reach it")
                    .contains("rule public.t.t_keep");
        }
    }

    /** A table's character set: MySQL's SHOW CREATE TABLE shows it, so a models change in it is never silent. */
    @Test
    void mariadb_charsetDifference_isReportedNotSilent() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            ProofProject p = new ProofProject(db, dir, "CREATE TABLE t (id int PRIMARY KEY, name varchar(20))"
                    + " DEFAULT CHARSET=latin1;", "CREATE TABLE t (id int PRIMARY KEY, name varchar(20)) DEFAULT CHARSET=utf8mb4;");
            assertThatThrownBy(() -> p.generate(false)).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.GENERATE_UNPROVEN);
                assertThat(e.getMessage()).contains("table t").contains("utf8mb4").contains("latin1");
            });
        }
    }

    /** A column's own character set: SHOW CREATE TABLE shows it, and the drift carries the MODIFY COLUMN that closes it. */
    @Test
    void mariadb_columnCharsetDifference_isDriftWithTheSqlThatClosesIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            ProofProject p = new ProofProject(db, dir, "CREATE TABLE t (id int PRIMARY KEY, name varchar(20))"
                    + " DEFAULT CHARSET=utf8mb4;", "CREATE TABLE t (id int PRIMARY KEY, name varchar(20) CHARACTER SET latin1)"
                    + " DEFAULT CHARSET=utf8mb4;");
            DriftCommand.Result drift = p.drift();
            assertThat(drift.drifted()).isTrue();
            assertThat(drift.modelsDifferences()).singleElement().satisfies(d -> {
                assertThat(d.object()).isEqualTo("table t");
                assertThat(d.actual()).contains("CHARACTER SET latin1");
            });
            assertThat(drift.modelsDrift()).containsExactly(
                    "ALTER TABLE t MODIFY COLUMN name varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NULL");
        }
    }
}
