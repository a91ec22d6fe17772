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

/** {@code shale squash} end to end on SQLite: prints what it moves, and the squashed database keeps upgrading. */
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
}
