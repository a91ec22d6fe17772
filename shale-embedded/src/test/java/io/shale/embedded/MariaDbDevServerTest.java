package io.shale.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link MariaDbDevServer}: a detached MariaDB on persistent data, found again by pid and port, stopped cleanly. */
@Timeout(240)
class MariaDbDevServerTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve(".shale/mariadb");
    }

    @AfterEach
    void stopLeftovers() {
        MariaDbDevServer.stop(data());
    }

    @Test
    void start_runsDetached_secondStartFindsIt_stopEndsIt_restartKeepsPortAndData() throws Exception {
        List<String> steps = new ArrayList<>();
        DevServerStatus started = MariaDbDevServer.start(data(), 0, steps::add);

        assertThat(started.running()).isTrue();
        assertThat(started.engine()).isEqualTo(DevServerStatus.MARIADB);
        assertThat(started.jdbcUrl("app")).isEqualTo("jdbc:mariadb://127.0.0.1:" + started.port() + "/app");
        assertThat(started.user()).isEqualTo("root");
        assertThat(steps).anySatisfy(s -> assertThat(s).contains("starting MariaDB").contains(", new"));
        ProcessHandle server = ProcessHandle.of(started.pid()).orElseThrow();
        assertThat(server.isAlive()).isTrue();
        assertThat(server.info().command()).hasValueSatisfying(c -> assertThat(c).endsWith("mariadbd"));
        try (Connection c = DriverManager.getConnection(started.jdbcUrl(""), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE app");
            s.execute("CREATE TABLE app.kept (id INT PRIMARY KEY)");
            s.execute("INSERT INTO app.kept VALUES (7)");
        }

        List<String> again = new ArrayList<>();
        DevServerStatus second = MariaDbDevServer.start(data(), 0, again::add);
        assertThat(second.pid()).isEqualTo(started.pid());
        assertThat(second.port()).isEqualTo(started.port());
        assertThat(again).isEmpty();

        assertThat(MariaDbDevServer.stop(data())).isTrue();
        assertThat(server.isAlive()).isFalse();
        DevServerStatus stopped = MariaDbDevServer.status(data());
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.port()).isEqualTo(started.port());
        assertThat(MariaDbDevServer.stop(data())).isFalse();

        List<String> restart = new ArrayList<>();
        DevServerStatus restarted = MariaDbDevServer.start(data(), 0, restart::add);
        assertThat(restarted.port()).isEqualTo(started.port());
        assertThat(restart).noneSatisfy(s -> assertThat(s).contains(", new"));
        try (Connection c = DriverManager.getConnection(restarted.jdbcUrl("app"), "root", "");
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT id FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
    }

    @Test
    void aServerStartedByAnotherJvm_outlivesIt_andIsFoundAndStoppedFromThisOne() throws Exception {
        Process starter = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), DevServerStarterMain.class.getName(), data().toString())
                .redirectErrorStream(true).start();
        String output = new String(starter.getInputStream().readAllBytes());
        assertThat(starter.waitFor()).as(output).isZero();

        DevServerStatus found = MariaDbDevServer.status(data());
        assertThat(found.running()).as(output).isTrue();
        assertThat(output).contains("pid=" + found.pid() + " port=" + found.port());
        try (Connection c = DriverManager.getConnection(found.jdbcUrl(""), "root", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT 1")) {
            assertThat(r.next()).isTrue();
        }
        assertThat(MariaDbDevServer.stop(data())).isTrue();
        assertThat(ProcessHandle.of(found.pid()).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void start_onAnotherPortThanTheRunningOne_isRefusedWithWhatToDo() {
        DevServerStatus started = MariaDbDevServer.start(data(), 0, s -> { });
        int other = Ports.pickFree();
        try {
            MariaDbDevServer.start(data(), other, s -> { });
            throw new AssertionError("expected a refusal");
        } catch (EmbeddedStartException e) {
            assertThat(e.getMessage()).contains("already runs").contains("port " + started.port())
                    .contains("not " + other);
        }
        assertThat(MariaDbDevServer.status(data()).running()).isTrue();
    }
}
