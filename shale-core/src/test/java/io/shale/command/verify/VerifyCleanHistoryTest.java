package io.shale.command.verify;

import static io.shale.command.verify.VerifyFixture.m;
import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.safety.VerifyCommand;
import io.shale.command.safety.VerifyReport;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A realistic history of data-safe changes passes verify on every engine, every row of every table inserted. */
class VerifyCleanHistoryTest {
    @TempDir
    Path dir;

    @AllEngines
    void verify_passesDataSafeMigrations(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            VerifyCommand.Result r = VerifyFixture.verify(db, dir, VerifyCommand.Options.DEFAULTS,
                    m("CREATE TABLE users (id int PRIMARY KEY, email varchar(100) NOT NULL, name varchar(50), "
                            + "active boolean NOT NULL DEFAULT true, created_at timestamp, score decimal(8,2));\n"
                            + "CREATE UNIQUE INDEX users_email_uq ON users (email);", "DROP TABLE users;"),
                    m("CREATE TABLE posts (id int PRIMARY KEY, user_id int NOT NULL, title varchar(200) NOT NULL, "
                            + "body text, status varchar(10) NOT NULL, "
                            + "CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id), "
                            + "CONSTRAINT posts_status_ck CHECK (status IN ('draft', 'published')));",
                            "DROP TABLE posts;"),
                    m("ALTER TABLE users ADD COLUMN bio varchar(500);", "ALTER TABLE users DROP COLUMN bio;"),
                    m("ALTER TABLE posts ADD COLUMN views int NOT NULL DEFAULT 0;", "ALTER TABLE posts DROP COLUMN views;"),
                    m("INSERT INTO users (id, email, name) VALUES (1, 'admin@example.com', 'admin');", null));
            String report = String.join("\n", VerifyReport.lines(r));

            assertThat(r.ok()).as(report).isTrue();
            assertThat(r.passed()).as(report).hasSize(5);
            assertThat(r.generatorNotes()).as(report).isEmpty();
            assertThat(r.notes()).as(report).containsExactly("0005_step_5.sql: no down section; down and up again skipped");
            assertThat(r.passed().get(3).rowsInserted().values()).as(report).containsOnly(20);
            assertThat(report).contains("All 5 migration(s) passed.");
        }
    }

    @AllEngines
    void verify_from_startsWithTheGivenMigration(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            VerifyCommand.Result r = VerifyFixture.verify(db, dir, new VerifyCommand.Options(2, 3),
                    m("CREATE TABLE users (id int PRIMARY KEY, name varchar(100));", "DROP TABLE users;"),
                    m("ALTER TABLE users ADD COLUMN bio varchar(500);", "ALTER TABLE users DROP COLUMN bio;"));

            assertThat(r.ok()).isTrue();
            assertThat(r.passed()).extracting(VerifyCommand.Step::version).containsExactly(2);
            assertThat(r.passed().get(0).rowsInserted()).containsValue(3);
        }
    }
}
