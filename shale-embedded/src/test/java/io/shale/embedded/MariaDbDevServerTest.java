package io.shale.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

    @Test
    void start_onAFolderThatACommandsOwnMariaDbUses_isRefused_namingTheFolderThePidAndWhatToDo() {
        try (EmbeddedMariaDbServer command = EmbeddedMariaDbServer.startPersistent(data(), step -> { })) {
            long pid = mariaDbServers().get(0);
            try {
                MariaDbDevServer.start(data(), 0, step -> { });
                throw new AssertionError("expected a refusal");
            } catch (EmbeddedStartException e) {
                assertThat(e.problem()).contains("The data folder " + data().toAbsolutePath())
                        .contains("in use by another MariaDB server (pid " + pid + ")")
                        .contains("not one started by `shale dev start`");
                assertThat(e.hint()).contains("Wait for that command to finish").contains("`kill " + pid + "`");
            }
            assertThat(mariaDbServers()).containsExactly(pid);
            assertThat(MariaDbDevServer.status(data()).running()).isFalse();
            assertThat(MariaDbDevState.file(data().toAbsolutePath())).doesNotExist();
        }
    }

    @Test
    void aRecordedPidThatIsNotAMariaDbOnThisFolder_countsAsStopped_isNeverSignalled_andStartReplacesIt()
            throws Exception {
        Path data = data().toAbsolutePath();
        Files.createDirectories(data.getParent());
        int port = Ports.pickFree();
        Process sleep = new ProcessBuilder("sleep", "300").start();
        try (EmbeddedMariaDbServer elsewhere = EmbeddedMariaDbServer.start(step -> { })) {
            long otherFolder = mariaDbServers().get(0);
            for (long pid : List.of(sleep.pid(), ProcessHandle.current().pid(), otherFolder)) {
                new MariaDbDevState(pid, port, dir.resolve("gone")).write(data);
                DevServerStatus status = MariaDbDevServer.status(data);
                assertThat(status.running()).as("pid %d", pid).isFalse();
                assertThat(status.pid()).isZero();
                assertThat(status.port()).isEqualTo(port);
            }

            new MariaDbDevState(sleep.pid(), port, dir.resolve("gone")).write(data);
            assertThat(MariaDbDevServer.stop(data)).isFalse();
            assertThat(sleep.isAlive()).isTrue();
            assertThat(MariaDbDevState.read(data)).hasValueSatisfying(state -> {
                assertThat(state.pid()).isZero();
                assertThat(state.port()).isEqualTo(port);
            });

            new MariaDbDevState(sleep.pid(), port, dir.resolve("gone")).write(data);
            DevServerStatus started = MariaDbDevServer.start(data, 0, step -> { });
            assertThat(started.running()).isTrue();
            assertThat(started.pid()).isNotIn(sleep.pid(), otherFolder);
            assertThat(started.port()).isEqualTo(port);
            assertThat(MariaDbDevState.read(data).map(MariaDbDevState::pid)).contains(started.pid());
            assertThat(MariaDbDevServer.stop(data)).isTrue();
            assertThat(sleep.isAlive()).isTrue();
            assertThat(ProcessHandle.of(otherFolder).filter(ProcessHandle::isAlive)).isPresent();
        } finally {
            sleep.destroy();
        }
    }

    @Test
    void ensureDatabase_createsADroppedDatabase_andLeavesAnExistingOneAsItIs() throws Exception {
        DevServerStatus server = MariaDbDevServer.start(data(), 0, step -> { });
        MariaDbDevServer.ensureDatabase(server, "my-app");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("my-app"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
        }
        MariaDbDevServer.ensureDatabase(server, "my-app");
        assertThat(tables(server, "my-app")).isEqualTo(1);

        try (Connection c = DriverManager.getConnection(server.jdbcUrl(""), "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE `my-app`");
        }
        MariaDbDevServer.ensureDatabase(server, "my-app");
        assertThat(tables(server, "my-app")).isZero();
    }

    private static int tables(DevServerStatus server, String database) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(database), "root", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The pids of the mariadbd processes this JVM started (a dev server stays its child until it exits). */
    private static List<Long> mariaDbServers() {
        return ProcessHandle.current().descendants()
                .filter(h -> h.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
                .map(ProcessHandle::pid).sorted().toList();
    }
}
