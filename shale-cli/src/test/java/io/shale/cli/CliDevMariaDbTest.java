package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code embedded.engine: mariadb} from the CLI: commands run on the embedded MariaDB's persistent data,
 * and {@code shale dev start}, not supported yet, is a usage error that says what to do.
 */
class CliDevMariaDbTest {
    @TempDir
    Path dir;

    @Test
    void devStart_withTheMariaDbEngine_isAUsageErrorAndStartsNothing() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "embedded:\n  engine: mariadb\n");
        Cli.Run start = new Cli(dir).run("dev", "start");
        assertThat(start.exit()).as(start.all()).isEqualTo(2);
        assertThat(start.all()).contains("does not support the embedded MariaDB yet")
                .contains("run the commands directly").contains(".shale/mariadb");
        assertThat(dir.resolve(".shale/mariadb")).doesNotExist();
        assertThat(dir.resolve(".shale/postgres")).doesNotExist();
    }

    @Test
    void upgradeThenStatus_runOnThePersistentEmbeddedMariaDb() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "embedded:\n  engine: mariadb\n");
        Path migrations = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(migrations.resolve("0001_create_users.sql"),
                "-- migrate:up\nCREATE TABLE users (id int PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
        Cli cli = new Cli(dir);
        assertThat(cli.run("hash").exit()).isZero();

        Cli.Run upgrade = cli.run("upgrade");
        assertThat(upgrade.exit()).as(upgrade.all()).isZero();

        Cli.Run status = cli.run("status", "--json");
        assertThat(status.exit()).as(status.all()).isZero();
        assertThat(status.out()).contains("\"currentVersion\" : 1").contains("jdbc:mariadb://127.0.0.1:").contains("MariaDB");
        assertThat(dir.resolve(".shale/mariadb/shale")).isDirectory();
        assertThat(dir.resolve(".shale/postgres")).doesNotExist();
    }
}
