package io.shale.lint;

import static io.shale.testing.Engine.H2;
import static io.shale.testing.Engine.MARIADB;
import static io.shale.testing.Engine.POSTGRES;
import static io.shale.testing.Engine.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.safety.LintCommand;
import io.shale.testing.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For every rule: a migration that triggers it and its safe rewrite that does not, on real engines. */
class LintRulesTest {
    private static final String SETUP = """
            CREATE TABLE users (id integer PRIMARY KEY, name varchar(100), email varchar(100), age bigint,
                score numeric(10,2));
            CREATE TABLE posts (id integer PRIMARY KEY, user_id integer, body varchar(1000));
            CREATE INDEX posts_user ON posts (user_id);
            CREATE TABLE events (id integer NOT NULL, code varchar(10));
            CREATE UNIQUE INDEX events_id_idx ON events (id);
            """;
    private static final String PG_SETUP = SETUP + """
            CREATE TYPE mood AS ENUM ('ok');
            CREATE SCHEMA archive;
            CREATE TABLE checked (id integer, name text, CONSTRAINT checked_name_nn CHECK (name IS NOT NULL));
            """;
    private static final String NO_TX = "-- shale:no-transaction\n-- migrate:up\n";
    private static final List<Engine> GENERIC = List.of(MARIADB, SQLITE, H2);
    private static final List<Engine> ALTERING = List.of(MARIADB, H2);
    private static final String LONG = "a_table_name_that_is_much_longer_than_sixty_three_bytes_allows_in_pg";

    record Case(String code, List<Engine> engines, String bad, String good, Set<String> enabled) {
        @Override
        public String toString() {
            return code;
        }
    }

    private static Case of(String code, List<Engine> engines, String bad, String good) {
        return new Case(code, engines, bad, good, Set.of());
    }

    static List<Case> cases() {
        return List.of(
                of("DS101", List.of(POSTGRES), "DROP SCHEMA archive CASCADE;", "CREATE SCHEMA archive2;"),
                of("DS101", List.of(H2), "DROP SCHEMA old CASCADE;", "CREATE SCHEMA old2;"),
                of("DS102", GENERIC, "DROP TABLE posts;", "CREATE TABLE tmp (id int);\nDROP TABLE tmp;"),
                of("DS103", GENERIC, "ALTER TABLE users DROP COLUMN email;",
                        "ALTER TABLE users ADD COLUMN tmp int;\nALTER TABLE users DROP COLUMN tmp;"),
                of("DS104", ALTERING, "TRUNCATE TABLE posts;", "DELETE FROM posts WHERE id < 0;"),
                of("DS105", GENERIC, "DELETE FROM posts;", "DELETE FROM posts WHERE user_id IS NULL;"),
                of("MF101", GENERIC, "ALTER TABLE users ADD COLUMN nick varchar(20) NOT NULL;",
                        "ALTER TABLE users ADD COLUMN nick varchar(20) NOT NULL DEFAULT '';"),
                of("MF102", List.of(H2, POSTGRES), "ALTER TABLE users ALTER COLUMN name SET NOT NULL;",
                        "UPDATE users SET name = '' WHERE name IS NULL;\nALTER TABLE users ALTER COLUMN name SET NOT NULL;"),
                of("MF102", List.of(MARIADB), "ALTER TABLE users MODIFY name varchar(100) NOT NULL;",
                        "UPDATE users SET name = '' WHERE name IS NULL;\nALTER TABLE users MODIFY name varchar(100) NOT NULL;"),
                of("MF103", GENERIC, "CREATE UNIQUE INDEX users_email ON users (email);",
                        "CREATE INDEX users_email ON users (email);"),
                of("MF104", ALTERING, "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
                        "CREATE TABLE t2 (id int, email varchar(10));\nALTER TABLE t2 ADD CONSTRAINT t2_email_key UNIQUE (email);"),
                of("MF105", List.of(MARIADB), "ALTER TABLE users MODIFY name varchar(20);",
                        "ALTER TABLE users MODIFY name varchar(200);"),
                of("MF105", List.of(H2), "ALTER TABLE users ALTER COLUMN age SET DATA TYPE integer;",
                        "ALTER TABLE users ALTER COLUMN age SET DATA TYPE bigint;"),
                of("MF105", List.of(POSTGRES), "ALTER TABLE users ALTER COLUMN score TYPE numeric(6,2);",
                        "ALTER TABLE users ALTER COLUMN score TYPE numeric(12,2);"),
                of("MF106", ALTERING,
                        "ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
                        "CREATE TABLE likes (user_id int);\n"
                                + "ALTER TABLE likes ADD CONSTRAINT likes_user_fk FOREIGN KEY (user_id) REFERENCES users (id);"),
                of("MF107", ALTERING, "ALTER TABLE users ADD CONSTRAINT users_age CHECK (age > 0);",
                        "CREATE TABLE t3 (age int);\nALTER TABLE t3 ADD CONSTRAINT t3_age CHECK (age > 0);"),
                of("MF108", List.of(MARIADB), "ALTER TABLE users MODIFY email int;",
                        "ALTER TABLE users MODIFY email text;"),
                of("MF108", List.of(H2), "ALTER TABLE users ALTER COLUMN email SET DATA TYPE integer;",
                        "ALTER TABLE users ALTER COLUMN email SET DATA TYPE varchar(200);"),
                of("PG301", List.of(POSTGRES), "CREATE INDEX posts_body ON posts (body);",
                        NO_TX + "CREATE INDEX CONCURRENTLY posts_body ON posts (body);"),
                of("PG302", List.of(POSTGRES), "DROP INDEX posts_user;",
                        NO_TX + "DROP INDEX CONCURRENTLY posts_user;"),
                of("PG303", List.of(POSTGRES),
                        "ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
                        "ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id) "
                                + "NOT VALID;\nALTER TABLE posts VALIDATE CONSTRAINT posts_user_fk;"),
                of("PG304", List.of(POSTGRES), "ALTER TABLE users ADD CONSTRAINT users_age CHECK (age > 0);",
                        "ALTER TABLE users ADD CONSTRAINT users_age CHECK (age > 0) NOT VALID;\n"
                                + "ALTER TABLE users VALIDATE CONSTRAINT users_age;"),
                of("PG305", List.of(POSTGRES), "ALTER TABLE users ALTER COLUMN id TYPE bigint;",
                        "ALTER TABLE users ALTER COLUMN name TYPE varchar(200);\nALTER TABLE users ALTER COLUMN email TYPE text;"),
                of("PG306", List.of(POSTGRES), "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();",
                        "ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();"),
                of("PG307", List.of(POSTGRES), "ALTER TABLE events ADD PRIMARY KEY (id);",
                        "ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx;"),
                of("PG308", List.of(POSTGRES), "ALTER TABLE events ADD CONSTRAINT events_id_key UNIQUE (id);",
                        "ALTER TABLE events ADD CONSTRAINT events_id_key UNIQUE USING INDEX events_id_idx;"),
                of("PG309", List.of(POSTGRES), NO_TX + "VACUUM FULL users;", NO_TX + "VACUUM users;"),
                of("PG310", List.of(POSTGRES), "CLUSTER users USING users_pkey;", "ANALYZE users;"),
                new Case("PG311", List.of(POSTGRES), "ALTER TABLE users ADD COLUMN nick text;",
                        "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nick text;", Set.of("PG311")),
                of("PG312", List.of(POSTGRES), "REINDEX TABLE users;", NO_TX + "REINDEX TABLE CONCURRENTLY users;"),
                of("PG313", List.of(POSTGRES), "ALTER TABLE users ALTER COLUMN name SET NOT NULL;",
                        "ALTER TABLE checked ALTER COLUMN name SET NOT NULL;"),
                of("PG314", List.of(POSTGRES), "ALTER TABLE users ADD COLUMN seq bigserial;",
                        "ALTER TABLE users ADD COLUMN seq bigint;"),
                of("BC101", GENERIC, "ALTER TABLE posts RENAME TO articles;",
                        "CREATE VIEW articles AS SELECT * FROM posts;"),
                of("BC101", List.of(MARIADB), "RENAME TABLE posts TO articles;",
                        "CREATE VIEW articles AS SELECT * FROM posts;"),
                of("BC102", GENERIC, "ALTER TABLE users RENAME COLUMN name TO full_name;",
                        "ALTER TABLE users ADD COLUMN full_name varchar(100);"),
                of("BC102", List.of(MARIADB), "ALTER TABLE users CHANGE name full_name varchar(100);",
                        "ALTER TABLE users CHANGE name name varchar(200);"),
                of("TX101", List.of(POSTGRES), "CREATE INDEX CONCURRENTLY posts_body ON posts (body);",
                        NO_TX + "CREATE INDEX CONCURRENTLY posts_body ON posts (body);"),
                of("TX102", GENERIC, "BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;", "CREATE TABLE t (id int);"),
                new Case("PG401", List.of(POSTGRES), "ALTER TYPE mood ADD VALUE 'sad';",
                        "ALTER TYPE mood ADD VALUE 'sad' AFTER 'ok';", Set.of("PG401")),
                of("PG402", List.of(POSTGRES), "CREATE TABLE " + LONG + " (id int);",
                        "CREATE TABLE short_name (id int);"));
    }

    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases()) {
            for (Engine e : c.engines()) {
                out.add(Arguments.of(c, e));
            }
        }
        return out.stream();
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("runs")
    void rule_firesOnTheBadMigration_andNotOnItsSafeRewrite(Case c, Engine engine) {
        String setup = engine == POSTGRES ? PG_SETUP : engine == H2 ? SETUP + "CREATE SCHEMA old;\n" : SETUP;
        LintCommand.Result bad = LintHarness.lint(engine, dir, setup, c.bad(), c.enabled());
        assertThat(LintHarness.codes(bad)).as("bad: %s", bad.findings()).contains(c.code());
        LintCommand.Result good = LintHarness.lint(engine, dir, setup, c.good(), c.enabled());
        assertThat(LintHarness.codes(good)).as("good: %s", good.findings()).doesNotContain(c.code());
    }

    @Test
    void everyRule_hasATriggeringCase() {
        List<String> covered = cases().stream().map(Case::code).toList();
        assertThat(Rules.describe()).extracting(RuleInfo::code)
                .filteredOn(code -> !code.startsWith("LT"))
                .allSatisfy(code -> assertThat(covered).contains(code));
        assertThat(Rules.describe()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void optInRules_areOffUnlessEnabled() {
        LintCommand.Result r = LintHarness.lint(POSTGRES, dir, PG_SETUP,
                "ALTER TABLE users ADD COLUMN nick text;\nALTER TYPE mood ADD VALUE 'sad';", Set.of());
        assertThat(LintHarness.codes(r)).doesNotContain("PG311", "PG401");
    }

    @Test
    void engineRules_runOnlyWhereTheEngineHasTheTraitsTheyNeed() {
        String blocking = "CREATE INDEX users_name ON users (name);";
        assertThat(LintHarness.codes(LintHarness.lint(POSTGRES, dir, PG_SETUP, blocking, Set.of()))).contains("PG301");
        assertThat(LintHarness.codes(LintHarness.lint(MARIADB, dir, SETUP, blocking, Set.of()))).doesNotContain("PG301");
        assertThat(LintHarness.codes(LintHarness.lint(H2, dir, SETUP, blocking, Set.of()))).doesNotContain("PG301");
    }
}
