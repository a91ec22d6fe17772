package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.embedded.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reset --json} on PostgreSQL, where the database is rebuilt from a template instead of an upgrade. */
class CliJsonPostgresTest {
    @TempDir
    Path dir;

    @Test
    void reset_json_namesTheTemplate_andHasNoUpgrade() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            server.createDatabase("app");
            Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: " + server.jdbcUrl("app")
                    + "\n  user: " + server.user() + "\n");
            Files.createDirectories(dir.resolve("db/migrations"));
            Files.writeString(dir.resolve("db/migrations/0001_init.sql"), "-- migrate:up\n"
                    + "CREATE TABLE roles (id int PRIMARY KEY, name text);\nINSERT INTO roles VALUES (1, 'admin');\n");
            Cli cli = new Cli(dir);
            assertThat(cli.run("hash").exit()).isZero();

            Cli.Run upgrade = cli.run("upgrade", "--json");
            assertThat(upgrade.exit()).as(upgrade.all()).isZero();
            JsonDoc up = JsonDoc.parse(upgrade.out());
            assertThat(up.at("database.engine")).isEqualTo("postgresql");
            assertThat(up.at("database.name")).isEqualTo("app");
            assertThat(up.at("applied.0.name")).isEqualTo("init");

            Cli.Run first = cli.run("reset", "--json", "--yes");
            assertThat(first.exit()).as(first.all()).isZero();
            JsonDoc reset = JsonDoc.parse(first.out());
            assertThat(reset.at("method")).isEqualTo("TEMPLATE_BUILT");
            assertThat((String) reset.at("template")).startsWith("shale_tpl_app_");
            assertThat(reset.at("upgrade")).isNull();
            assertThat(reset.at("note")).isNull();

            Cli.Run second = cli.run("reset", "--json", "--yes");
            assertThat(second.exit()).as(second.all()).isZero();
            JsonDoc again = JsonDoc.parse(second.out());
            assertThat(again.at("method")).isIn("SPARE_RENAMED", "TEMPLATE_REUSED");
            assertThat(again.at("template")).isEqualTo(reset.at("template"));
        }
    }
}
