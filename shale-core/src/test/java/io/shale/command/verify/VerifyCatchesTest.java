package io.shale.command.verify;

import static io.shale.command.verify.VerifyFixture.m;
import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.safety.VerifyCommand;
import io.shale.command.safety.VerifyFailure;
import io.shale.command.safety.VerifyReport;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Migrations that work on an empty database and fail on one with rows: verify stops at each, naming the cause. */
class VerifyCatchesTest {
    @TempDir
    Path dir;

    private static final VerifyFixture.M BASE = m(
            "CREATE TABLE users (id int PRIMARY KEY, name varchar(100));\n"
                    + "CREATE TABLE posts (id int PRIMARY KEY, user_id int, title varchar(50));",
            "DROP TABLE posts;\nDROP TABLE users;");

    private static Arguments c(Engine engine, String name, VerifyFailure.Phase phase, String table, String up,
                               String down) {
        return Arguments.of(engine, name, phase, table, m(up, down));
    }

    static Stream<Arguments> cases() {
        VerifyFailure.Phase up = VerifyFailure.Phase.UP;
        VerifyFailure.Phase trace = VerifyFailure.Phase.TRACE;
        return Stream.of(
                c(Engine.POSTGRES, "not null column without default", up, "users",
                        "ALTER TABLE users ADD COLUMN nickname varchar(20) NOT NULL;", "ALTER TABLE users DROP COLUMN nickname;"),
                c(Engine.H2, "not null column without default", up, "users",
                        "ALTER TABLE users ADD COLUMN nickname varchar(20) NOT NULL;", "ALTER TABLE users DROP COLUMN nickname;"),
                c(Engine.MARIADB, "not null set on a column holding nulls", up, "users",
                        "ALTER TABLE users MODIFY name varchar(100) NOT NULL;", "ALTER TABLE users MODIFY name varchar(100) NULL;"),
                c(Engine.POSTGRES, "not null set on a column holding nulls", up, "users",
                        "ALTER TABLE users ALTER COLUMN name SET NOT NULL;", "ALTER TABLE users ALTER COLUMN name DROP NOT NULL;"),
                c(Engine.POSTGRES, "unique index over duplicates", up, "users",
                        "CREATE UNIQUE INDEX users_name_uq ON users (name);", "DROP INDEX users_name_uq;"),
                c(Engine.MARIADB, "unique index over duplicates", up, "users",
                        "CREATE UNIQUE INDEX users_name_uq ON users (name);", "DROP INDEX users_name_uq ON users;"),
                c(Engine.SQLITE, "unique index over duplicates", up, "users",
                        "CREATE UNIQUE INDEX users_name_uq ON users (name);", "DROP INDEX users_name_uq;"),
                c(Engine.H2, "unique index over duplicates", up, "users",
                        "CREATE UNIQUE INDEX users_name_uq ON users (name);", "DROP INDEX users_name_uq;"),
                c(Engine.POSTGRES, "narrowing a column holding longer values", up, "users",
                        "ALTER TABLE users ALTER COLUMN name TYPE varchar(5);", "ALTER TABLE users ALTER COLUMN name TYPE varchar(100);"),
                c(Engine.MARIADB, "narrowing a column holding longer values", up, "users",
                        "ALTER TABLE users MODIFY name varchar(5);", "ALTER TABLE users MODIFY name varchar(100);"),
                c(Engine.H2, "narrowing a column holding longer values", up, "users",
                        "ALTER TABLE users ALTER COLUMN name SET DATA TYPE varchar(5);", "ALTER TABLE users ALTER COLUMN name SET DATA TYPE varchar(100);"),
                c(Engine.POSTGRES, "foreign key over orphan rows", up, "posts",
                        "ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
                        "ALTER TABLE posts DROP CONSTRAINT posts_user_fk;"),
                c(Engine.MARIADB, "foreign key over orphan rows", up, "posts",
                        "ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
                        "ALTER TABLE posts DROP FOREIGN KEY posts_user_fk;"),
                c(Engine.H2, "foreign key over orphan rows", up, "posts",
                        "ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
                        "ALTER TABLE posts DROP CONSTRAINT posts_user_fk;"),
                c(Engine.POSTGRES, "down leaves an index behind", trace, null,
                        "CREATE INDEX users_name_idx ON users (name);", "SELECT 1;"),
                c(Engine.MARIADB, "down leaves an index behind", trace, null,
                        "CREATE INDEX users_name_idx ON users (name);", "SELECT 1;"),
                c(Engine.SQLITE, "down leaves an index behind", trace, null,
                        "CREATE INDEX users_name_idx ON users (name);", "SELECT 1;"),
                c(Engine.H2, "down leaves an index behind", trace, null,
                        "CREATE INDEX users_name_idx ON users (name);", "SELECT 1;"),
                c(Engine.POSTGRES, "down leaves an enum type behind", trace, null,
                        "CREATE TYPE mood AS ENUM ('calm', 'angry');\nALTER TABLE users ADD COLUMN m mood;",
                        "ALTER TABLE users DROP COLUMN m;"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void verify_stopsAtTheMigrationThatFailsWithData(Engine engine, String name, VerifyFailure.Phase phase,
                                                      String table, VerifyFixture.M migration) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            VerifyCommand.Result r = VerifyFixture.verify(db, dir, VerifyCommand.Options.DEFAULTS, BASE, migration);
            String report = String.join("\n", VerifyReport.lines(r));

            assertThat(r.ok()).as(report).isFalse();
            assertThat(r.passed()).as(report).extracting(VerifyCommand.Step::version).containsExactly(1);
            VerifyFailure f = r.failure();
            assertThat(f.version()).as(report).isEqualTo(2);
            assertThat(f.phase()).as(report).isEqualTo(phase);
            if (phase == VerifyFailure.Phase.UP) {
                assertThat(f.message()).as(report).contains("0002_step_2.sql line 2");
                assertThat(f.databaseError()).as(report).isNotBlank();
                assertThat(f.table()).as(report).isEqualToIgnoringCase(table);
                assertThat(f.generatedRows()).as(report).isEqualTo(20);
                assertThat(f.sampleRows()).as(report).hasSize(3);
            } else {
                assertThat(f.remaining()).as(report).isNotEmpty();
            }
        }
    }
}
