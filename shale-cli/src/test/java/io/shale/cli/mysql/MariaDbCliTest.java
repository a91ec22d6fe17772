package io.shale.cli.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.cli.Main;
import io.shale.cli.Terminal;
import io.shale.embedded.EmbeddedMariaDbServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against the embedded MariaDB: {@code jdbc:mysql:} URLs, and a first upgrade that prints nothing alarming. */
class MariaDbCliTest {
    private static EmbeddedMariaDbServer server;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err, String logged) {
    }

    @BeforeAll
    static void start() {
        if (System.getProperty("org.slf4j.simpleLogger.log.ch.vorburger") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.ch.vorburger", "warn");
        }
        server = EmbeddedMariaDbServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Runs the CLI in-process; {@code logged} is what loggers wrote to System.err meanwhile (slf4j-simple). */
    private Run shale(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(args, dir, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), Terminal.NONE);
        } finally {
            System.setErr(original);
        }
        return new Run(exit, out.toString(), err.toString(), logs.toString(StandardCharsets.UTF_8));
    }

    private void project(String url) throws IOException {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: " + url + "\n  user: " + server.user()
                + "\n  password: '" + server.password() + "'\nmigrations: migrations\n");
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_users.sql"),
                "-- migrate:up\nCREATE TABLE users (id int PRIMARY KEY, name varchar(50));\n-- migrate:down\nDROP TABLE users;\n");
        assertThat(shale("hash").exit()).isZero();
    }

    @Test
    void jdbcMysqlUrl_isServedByTheShippedMariaDbDriver() throws Exception {
        String name = "mysql_scheme_" + System.nanoTime();
        server.createDatabase(name);
        try {
            String url = server.jdbcUrl(name).replace(EmbeddedMariaDbServer.JDBC_PREFIX, "jdbc:mysql:");
            assertThat(url).startsWith("jdbc:mysql:");
            project(url);

            Run upgrade = shale("upgrade");
            assertThat(upgrade.exit()).as(upgrade.out() + upgrade.err()).isZero();
            try (Connection c = server.connect(name); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM users")) {
                assertThat(rs.next()).isTrue();
            }
            Run status = shale("status");
            assertThat(status.exit()).as(status.out() + status.err()).isZero();
            assertThat(status.out()).contains("Version:   1").contains("Up to date");
        } finally {
            server.dropDatabase(name);
        }
    }

    @Test
    void firstUpgradeOfAnEmptyDatabase_printsNoDriverWarnings() throws Exception {
        String name = "first_run_" + System.nanoTime();
        server.createDatabase(name);
        try {
            project(server.jdbcUrl(name));
            Run upgrade = shale("upgrade");
            assertThat(upgrade.exit()).as(upgrade.out() + upgrade.err()).isZero();
            assertThat(upgrade.logged()).as("what loggers printed").doesNotContain("WARN").doesNotContain("1146");
            assertThat(upgrade.err()).doesNotContain("WARN");
            Run again = shale("upgrade");
            assertThat(again.exit()).isZero();
            assertThat(again.logged()).doesNotContain("WARN");
        } finally {
            server.dropDatabase(name);
        }
    }
}
