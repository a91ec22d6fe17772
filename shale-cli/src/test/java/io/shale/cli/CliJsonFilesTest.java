package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json} on squash, import and adopt, on SQLite files. */
class CliJsonFilesTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void project() throws Exception {
        cli = new Cli(dir);
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\n");
    }

    private JsonDoc json(String... args) {
        Cli.Run r = cli.run(args);
        assertThat(r.exit()).as(r.all()).isZero();
        return JsonDoc.parse(r.out());
    }

    @Test
    void squash_json_namesTheBaselineAndWhereTheReplacedFilesWent() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(migrations.resolve("0001_init.sql"), "-- migrate:up\n"
                + "CREATE TABLE roles (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);\n"
                + "INSERT INTO roles (name) VALUES ('admin'), ('member'), ('gone');\n");
        Files.writeString(migrations.resolve("0002_rows.sql"), "-- migrate:up\nDELETE FROM roles WHERE name = 'gone';\n");
        assertThat(cli.run("hash").exit()).isZero();

        JsonDoc dry = json("squash", "--dry-run", "--json");
        assertThat(dry.at("dryRun")).isEqualTo(true);
        assertThat((String) dry.at("content")).contains("-- shale:squashed 1-2", "'member'");
        assertThat(dry.at("replaced.0.movedTo")).isNull();
        assertThat(migrations.resolve("0001_init.sql")).exists();

        JsonDoc squash = json("squash", "--json");
        assertThat(squash.at("dryRun")).isEqualTo(false);
        assertThat(squash.at("first")).isEqualTo(1L);
        assertThat(squash.at("version")).isEqualTo(2L);
        assertThat(squash.at("baseline")).isEqualTo("db/migrations/0002_baseline.sql");
        assertThat(squash.list("replaced")).hasSize(2);
        assertThat(squash.at("replaced.0.file")).isEqualTo("db/migrations/0001_init.sql");
        assertThat(squash.at("replaced.0.movedTo")).isEqualTo("db/migrations/archive/0001_init.sql");
        assertThat(squash.at("tables")).isEqualTo(1L);
        assertThat(squash.at("rows")).isEqualTo(2L);
        assertThat(squash.list("warnings")).isEmpty();
        assertThat(squash.at("content")).isNull();
        assertThat(migrations.resolve("0002_baseline.sql")).exists();
    }

    @Test
    void importAndAdopt_json_listTheFilesWrittenAndTheHistoryRecorded() throws Exception {
        Files.createDirectories(dir.resolve("flyway/sql"));
        Files.writeString(dir.resolve("flyway/sql/V1__create_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(dir.resolve("flyway/sql/V1.1__add_name.sql"), "ALTER TABLE users ADD name TEXT;\n");
        Files.writeString(dir.resolve("flyway/sql/R__view.sql"), "CREATE VIEW v AS SELECT 1;\n");

        JsonDoc imported = json("import", "--from", "flyway", "flyway/sql", "--json");
        assertThat(imported.at("tool")).isEqualTo("flyway");
        assertThat(imported.at("source")).isEqualTo("flyway/sql");
        assertThat(imported.at("migrations")).isEqualTo("db/migrations");
        assertThat(imported.at("written")).isEqualTo(true);
        assertThat(imported.list("files")).hasSize(2);
        assertThat(imported.at("files.1.file")).isEqualTo("0002_add_name.sql");
        assertThat(imported.at("files.1.source")).isEqualTo("V1.1__add_name.sql");
        assertThat(imported.at("files.1.originalId")).isEqualTo("1.1");
        assertThat(imported.at("skipped.0.source")).isEqualTo("R__view.sql");
        assertThat(dir.resolve("db/migrations/0002_add_name.sql")).exists();

        sql("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)",
                "CREATE TABLE flyway_schema_history (installed_rank INT, version VARCHAR(50), description VARCHAR(200),"
                        + " type VARCHAR(20), script VARCHAR(1000), checksum INT, installed_by VARCHAR(100),"
                        + " installed_on TIMESTAMP, execution_time INT, success BOOLEAN)",
                "INSERT INTO flyway_schema_history VALUES (1, '1', 'create users', 'SQL', 'V1__create_users.sql', 1, 'me',"
                        + " NULL, 5, 1)",
                "INSERT INTO flyway_schema_history VALUES (2, '1.1', 'add name', 'SQL', 'V1.1__add_name.sql', 1, 'me',"
                        + " NULL, 5, 1)");
        Cli.Run dryRun = cli.run("adopt", "--from", "flyway", "--dry-run", "--json");
        assertThat(dryRun.exit()).as(dryRun.all()).isZero();
        assertThat(dryRun.err()).contains("flyway 1.1  ->  0002_add_name.sql");
        JsonDoc dry = JsonDoc.parse(dryRun.out());
        assertThat(dry.at("dryRun")).isEqualTo(true);
        assertThat(dry.at("table")).isEqualTo("flyway_schema_history");
        assertThat(dry.at("mappings.1.otherId")).isEqualTo("1.1");

        assertThat(cli.run("adopt", "--from", "flyway", "--json").exit()).isEqualTo(9);
        JsonDoc adopted = json("adopt", "--from", "flyway", "--json", "--yes");
        assertThat(adopted.at("database.engine")).isEqualTo("sqlite");
        assertThat(adopted.at("dryRun")).isEqualTo(false);
        assertThat(adopted.at("mappings.0.version")).isEqualTo(1L);
        assertThat(adopted.at("mappings.0.script")).isEqualTo("0001_create_users.sql");
        assertThat(adopted.at("mappings.0.recorded")).isEqualTo(true);
        assertThat(adopted.at("recorded")).isEqualTo(2L);
        assertThat(json("adopt", "--from", "flyway", "--json", "--yes").at("recorded")).isEqualTo(0L);
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }
}
