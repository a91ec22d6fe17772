package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale dev start}: a real PostgreSQL kept running in the project's {@code .shale/postgres}, whose
 * printed URL stays valid until {@code dev stop} and comes back the same after a restart.
 */
class CliDevServerTest {
    private static final Pattern URL = Pattern.compile("JDBC URL: (jdbc:postgresql://127\\.0\\.0\\.1:(\\d+)/shale)");

    @TempDir
    Path dir;

    private Cli cli;

    @AfterEach
    void stop() {
        if (cli != null) {
            cli.run("dev", "stop");
        }
    }

    @Test
    void devStart_printsAUrlThatStatusRepeats_commandsUse_andARestartKeeps() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(migrations.resolve("0001_create_users.sql"),
                "-- migrate:up\nCREATE TABLE users (id int PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
        cli = new Cli(dir);
        assertThat(cli.run("hash").exit()).isZero();

        Cli.Run start = cli.run("dev", "start");
        assertThat(start.exit()).as(start.all()).isZero();
        String url = url(start.out());
        String port = url.substring(url.lastIndexOf(':') + 1, url.lastIndexOf('/'));
        Path data = dir.resolve(".shale/postgres").toAbsolutePath().normalize();
        assertThat(start.err()).as("the server's steps, on stderr")
                .contains("shale: creating a PostgreSQL 17 cluster in " + data + " (initdb, first start only)\n")
                .contains("shale: starting PostgreSQL 17 on port " + port + " (data in " + data + ")\n");
        assertThat(start.out()).doesNotContain("shale: ");

        Cli.Run status = cli.run("dev", "status");
        assertThat(url(status.out())).isEqualTo(url);

        Cli.Run upgrade = cli.run("upgrade");
        assertThat(upgrade.exit()).as(upgrade.all()).isZero();
        assertThat(upgrade.err()).doesNotContain("starting PostgreSQL");
        assertThat(tables(url)).as("upgrade ran on the server at the printed URL").isEqualTo(1);
        assertThat(url(cli.run("dev", "status").out())).as("a command leaves the dev server running").isEqualTo(url);

        Cli.Run again = cli.run("dev", "start");
        assertThat(url(again.out())).as("a second start finds the running server").isEqualTo(url);
        assertThat(again.err()).doesNotContain("starting PostgreSQL");

        assertThat(cli.run("dev", "stop").out()).startsWith("Stopped the embedded PostgreSQL");
        assertThat(cli.run("dev", "status").out()).startsWith("Not running");

        Cli.Run restart = cli.run("dev", "start");
        assertThat(restart.exit()).as(restart.all()).isZero();
        assertThat(url(restart.out())).as("the recorded port is used again").isEqualTo(url);
        assertThat(restart.err()).doesNotContain("creating a PostgreSQL").contains("on port " + port);
        assertThat(tables(url)).as("the data is kept").isEqualTo(1);
    }

    private static String url(String out) {
        Matcher m = URL.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    private static int tables(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'users'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
