package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import io.shale.embedded.DevServerStatus;
import io.shale.embedded.EmbeddedMariaDbServer;
import io.shale.embedded.MariaDbDevServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code embedded.engine: mariadb} from the CLI: commands run on the embedded MariaDB's persistent data,
 * each starting a server, or on the one {@code shale dev start} keeps running until {@code dev stop};
 * {@code dev start} refuses a data folder another MariaDB uses, and a stale state file is not a server.
 */
class CliDevMariaDbTest {
    @TempDir
    Path dir;

    @AfterEach
    void stopLeftovers() {
        MariaDbDevServer.stop(dir.resolve(".shale/mariadb"));
    }

    /** A project on the embedded MariaDB (embedded.engine: mariadb) with one migration, hashed. */
    private Cli projectOnTheEmbeddedMariaDb() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "embedded:\n  engine: mariadb\n");
        Path migrations = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(migrations.resolve("0001_create_users.sql"),
                "-- migrate:up\nCREATE TABLE users (id int PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
        Cli cli = new Cli(dir);
        assertThat(cli.run("hash").exit()).isZero();
        return cli;
    }

    @Test
    void devStart_thenUpgradeUsesIt_statusShowsTheSameUrl_devStopStopsIt_dataKept() throws Exception {
        Cli cli = projectOnTheEmbeddedMariaDb();

        Cli.Run start = cli.run("dev", "start");
        assertThat(start.exit()).as(start.all()).isZero();
        assertThat(start.err()).contains("shale: starting MariaDB").contains(", new");
        DevServerStatus running = MariaDbDevServer.status(dir.resolve(".shale/mariadb"));
        assertThat(running.running()).isTrue();
        String url = "jdbc:mariadb://127.0.0.1:" + running.port() + "/shale";
        assertThat(start.out()).contains("Embedded MariaDB running (pid " + running.pid())
                .contains("JDBC URL: " + url).contains("User:     root");

        Cli.Run upgrade = cli.run("upgrade");
        assertThat(upgrade.exit()).as(upgrade.all()).isZero();
        assertThat(upgrade.out()).contains("embedded MariaDB dev server (" + url + ", pid " + running.pid());
        try (Connection c = DriverManager.getConnection(url, "root", "");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES "
                     + "WHERE TABLE_SCHEMA = 'shale' AND TABLE_NAME = 'users'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }

        Cli.Run status = cli.run("dev", "status", "--json");
        assertThat(status.exit()).as(status.all()).isZero();
        assertThat(status.out()).contains("\"jdbcUrl\" : \"" + url + "\"").contains("\"running\" : true");

        Cli.Run stop = cli.run("dev", "stop");
        assertThat(stop.exit()).as(stop.all()).isZero();
        assertThat(stop.out()).contains("Stopped the embedded MariaDB in");
        assertThat(ProcessHandle.of(running.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        Cli.Run after = cli.run("dev", "status", "--exit-code");
        assertThat(after.exit()).isEqualTo(1);
        assertThat(after.out()).contains("Not running");

        Cli.Run history = cli.run("status", "--json");
        assertThat(history.exit()).as(history.all()).isZero();
        assertThat(history.out()).contains("\"currentVersion\" : 1");
    }

    @Test
    void upgradeThenStatus_runOnThePersistentEmbeddedMariaDb() throws Exception {
        Cli cli = projectOnTheEmbeddedMariaDb();

        Cli.Run upgrade = cli.run("upgrade");
        assertThat(upgrade.exit()).as(upgrade.all()).isZero();

        Cli.Run status = cli.run("status", "--json");
        assertThat(status.exit()).as(status.all()).isZero();
        assertThat(status.out()).contains("\"currentVersion\" : 1").contains("jdbc:mariadb://127.0.0.1:").contains("MariaDB");
        assertThat(dir.resolve(".shale/mariadb/shale")).isDirectory();
        assertThat(dir.resolve(".shale/postgres")).doesNotExist();
    }

    @Test
    void devStart_whileACommandsOwnMariaDbUsesTheDataFolder_failsWithExit5NamingThePid() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "embedded:\n  engine: mariadb\n");
        try (EmbeddedMariaDbServer command = EmbeddedMariaDbServer.startPersistent(dir.resolve(".shale/mariadb"),
                step -> { })) {
            long pid = ProcessHandle.current().descendants()
                    .filter(h -> h.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
                    .mapToLong(ProcessHandle::pid).findFirst().orElseThrow();

            Cli.Run start = new Cli(dir).run("dev", "start");
            assertThat(start.exit()).as(start.all()).isEqualTo(5);
            assertThat(start.err()).contains("in use by another MariaDB server (pid " + pid + ")")
                    .contains(".shale/mariadb").contains("Wait for that command to finish")
                    .contains("`kill " + pid + "`").contains("EMBEDDED_START_FAILED");
            assertThat(MariaDbDevServer.status(dir.resolve(".shale/mariadb")).running()).isFalse();
        }
    }

    @Test
    void aStateFileNamingAnUnrelatedLiveProcess_isNotADevServer_andDevStopLeavesThatProcessAlone() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "embedded:\n  engine: mariadb\n");
        Files.createDirectories(dir.resolve(".shale"));
        Process sleep = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(dir.resolve(".shale/mariadb.dev.properties"),
                    "engine=mariadb\npid=" + sleep.pid() + "\nport=3306\nrun=/tmp/gone\n");
            Cli cli = new Cli(dir);

            Cli.Run status = cli.run("dev", "status", "--exit-code");
            assertThat(status.exit()).as(status.all()).isEqualTo(1);
            assertThat(status.out()).contains("Not running");
            Cli.Run json = cli.run("dev", "status", "--json");
            assertThat(json.out()).contains("\"running\" : false").doesNotContain("pid");

            Cli.Run stop = cli.run("dev", "stop");
            assertThat(stop.exit()).as(stop.all()).isZero();
            assertThat(stop.out()).contains("No embedded MariaDB was running");
            assertThat(sleep.isAlive()).isTrue();
            assertThat(Files.readString(dir.resolve(".shale/mariadb.dev.properties"))).contains("pid=0")
                    .contains("port=3306");
        } finally {
            sleep.destroy();
        }
    }

    @Test
    void aDatabaseDroppedWhileTheDevServerRuns_isCreatedAgainByTheNextCommand() throws Exception {
        Cli cli = projectOnTheEmbeddedMariaDb();
        assertThat(cli.run("dev", "start").exit()).isZero();
        assertThat(cli.run("upgrade").exit()).isZero();
        DevServerStatus running = MariaDbDevServer.status(dir.resolve(".shale/mariadb"));
        try (Connection c = DriverManager.getConnection(running.jdbcUrl(""), "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE shale");
        }

        Cli.Run pending = cli.run("status", "--json");
        assertThat(pending.exit()).as(pending.all()).isZero();
        assertThat(pending.out()).contains("\"pending\" : 1").contains(running.jdbcUrl("shale"));
        Cli.Run upgrade = cli.run("upgrade");
        assertThat(upgrade.exit()).as(upgrade.all()).isZero();
        assertThat(upgrade.out()).contains("embedded MariaDB dev server (" + running.jdbcUrl("shale"));
        Cli.Run status = cli.run("status", "--json");
        assertThat(status.out()).as(status.all()).contains("\"currentVersion\" : 1");
    }
}
