package io.shale.cli.squash;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.cli.Main;
import io.shale.cli.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale squash} end to end on SQLite: prints what it moves, the squashed database keeps upgrading,
 * and one below the baseline is refused until {@code upgrade --include-archive}.
 */
class SquashCliTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, dir, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), Terminal.NONE);
        return new Run(exit, out + err.toString());
    }

    @Test
    void squash_movesTheReplacedFilesToArchive_andTheDatabaseAtTheSquashedVersionUpgradesOn() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\n");
        Path migrations = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(migrations.resolve("0001_init.sql"), "-- migrate:up\n"
                + "CREATE TABLE roles (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);\n"
                + "INSERT INTO roles (name) VALUES ('admin'), ('member'), ('gone');\n");
        Files.writeString(migrations.resolve("0002_rows.sql"), "-- migrate:up\nDELETE FROM roles WHERE name = 'gone';\n"
                + "UPDATE roles SET name = 'it''s me' WHERE id = 2;\n");
        assertThat(run("hash").exit()).isZero();
        assertThat(run("upgrade").exit()).isZero();

        Run dry = run("squash", "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("-- shale:squashed 1-2", "'it''s me'");
        assertThat(Files.exists(migrations.resolve("0001_init.sql"))).isTrue();

        Run squash = run("squash");
        assertThat(squash.exit()).as(squash.out()).isZero();
        assertThat(squash.out()).contains("Moved db/migrations/0001_init.sql -> db/migrations/archive/0001_init.sql",
                "Wrote db/migrations/0002_baseline.sql");

        Files.writeString(migrations.resolve("0003_more.sql"), "-- migrate:up\nINSERT INTO roles (name) VALUES ('new');\n");
        assertThat(run("hash").exit()).isZero();
        Run upgrade = run("upgrade");
        assertThat(upgrade.exit()).as(upgrade.out()).isZero();
        assertThat(run("status").out()).doesNotContain("missing");
    }

    @Test
    void upgrade_includeArchive_bringsADatabaseBelowTheBaselineThroughTheArchivedFiles() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\n");
        Path migrations = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(migrations.resolve("0001_init.sql"), "-- migrate:up\n"
                + "CREATE TABLE roles (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);\n");
        Files.writeString(migrations.resolve("0002_rows.sql"), "-- migrate:up\n"
                + "INSERT INTO roles (name) VALUES ('admin'), ('member');\n");
        Files.writeString(migrations.resolve("0003_more.sql"), "-- migrate:up\nUPDATE roles SET name = 'owner' WHERE id = 1;\n");
        assertThat(run("hash").exit()).isZero();
        assertThat(run("upgrade", "--to", "1").exit()).isZero();
        assertThat(run("squash", "--through", "2").exit()).isZero();
        assertThat(Files.exists(migrations.resolve("archive/shale.sum"))).isTrue();

        Run refused = run("upgrade");
        assertThat(refused.exit()).as(refused.out()).isEqualTo(6);
        assertThat(refused.out()).contains("BELOW_SQUASH_BASELINE", "at version 1", "--include-archive", "shale reset");
        Run status = run("status");
        assertThat(status.out()).contains("Below the squash baseline 0002_baseline.sql", "--include-archive");
        assertThat(run("status", "--json").out()).contains("\"belowBaseline\" : \"0002_baseline.sql\"");
        assertThat(run("validate").exit()).isEqualTo(1);

        Run upgrade = run("upgrade", "--include-archive");
        assertThat(upgrade.exit()).as(upgrade.out()).isZero();
        assertThat(upgrade.out()).contains("Upgraded from version 1 to 3 (2 migrations");
        assertThat(run("status").out()).contains("Up to date.");
        assertThat(run("upgrade", "--include-archive").out()).contains("Nothing to do: the database is at version 3.");

        Files.writeString(migrations.resolve("archive/0002_rows.sql"), "-- migrate:up\n-- reviewed edit\n");
        assertThat(run("hash").out()).contains("Rewrote", "archive/shale.sum");
    }
}
