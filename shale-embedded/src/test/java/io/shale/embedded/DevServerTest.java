package io.shale.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerTest {

    @TempDir
    Path temp;

    Path data() {
        return temp.resolve(".shale").resolve("postgres");
    }

    @AfterEach
    void stopLeftovers() {
        DevServer.stop(data());
    }

    @Test
    void start_whenTheRecordedPortIsTaken_saysSoAndStartsOnAnotherPort() throws IOException {
        int recorded = DevServer.start(data(), 0).port();
        DevServer.stop(data());
        List<String> steps = new ArrayList<>();
        try (ServerSocket taken = new ServerSocket(recorded, 1, InetAddress.getLoopbackAddress())) {
            DevServerStatus moved = DevServer.start(data(), 0, steps::add);
            assertThat(moved.port()).isNotEqualTo(recorded);
            assertThat(steps).containsExactly(
                    "port " + recorded + ", where the previous dev server on " + data().toAbsolutePath().normalize()
                            + " listened, is taken by another process; starting on another one, so the JDBC URL changes",
                    "starting PostgreSQL 17 on port " + moved.port() + " (data in " + data().toAbsolutePath().normalize()
                            + ")");
        }
    }

    @Test
    void status_beforeAnyStart_isNotRunning() {
        DevServerStatus status = DevServer.status(data());
        assertThat(status.running()).isFalse();
        assertThat(status.pid()).isZero();
        assertThat(status.port()).isZero();
    }

    @Test
    void start_status_stop_recordTheServerNextToTheDataDirectory() {
        DevServerStatus started = DevServer.start(data(), 0);

        assertThat(started.running()).isTrue();
        assertThat(started.pid()).isPositive();
        assertThat(ProcessHandle.of(started.pid())).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());
        assertThat(started.jdbcUrl("postgres")).isEqualTo("jdbc:postgresql://127.0.0.1:" + started.port() + "/postgres");
        assertThat(started.logFile()).isEqualTo(temp.resolve(".shale/postgres.log")).exists();
        assertThat(temp.resolve(".shale/postgres.dev.properties")).exists();
        assertThat(DevServer.status(data())).isEqualTo(started);

        assertThat(DevServer.stop(data())).isTrue();
        DevServerStatus stopped = DevServer.status(data());
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.port()).isEqualTo(started.port());
        assertThat(DevServer.stop(data())).isFalse();
    }

    @Test
    void start_whenAlreadyRunning_returnsTheRunningServer_andRestartReusesThePort() {
        DevServerStatus first = DevServer.start(data(), 0);
        assertThat(DevServer.start(data(), 0)).isEqualTo(first);
        assertThatThrownBy(() -> DevServer.start(data(), first.port() == 65000 ? 65001 : 65000))
                .isInstanceOf(EmbeddedStartException.class)
                .hasMessageContaining("already runs on " + data() + " on port " + first.port());

        DevServer.stop(data());
        assertThat(DevServer.start(data(), 0).port()).isEqualTo(first.port());
    }

    @Test
    void embeddedStart_onDevServerDirectory_attachesAndLeavesTheServerRunning() throws SQLException {
        DevServerStatus dev = DevServer.start(data(), 0);

        try (EmbeddedPostgresServer attached = EmbeddedPostgresServer.start(data(), 0)) {
            assertThat(attached.ownsServer()).isFalse();
            assertThat(attached.port()).isEqualTo(dev.port());
            attached.createDatabase("app");
            EmbeddedPostgresServerTest.execute(attached, "app", "CREATE TABLE t (id int)");
        }

        assertThat(DevServer.status(data()).running()).isTrue();
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data(), 0)) {
            assertThat(again.databaseExists("app")).isTrue();
        }
    }

    @Test
    void start_onDirectoryOfAnInProcessServer_refuses() {
        try (EmbeddedPostgresServer inProcess = EmbeddedPostgresServer.start(data(), 0)) {
            assertThatThrownBy(() -> DevServer.start(data(), 0))
                    .isInstanceOf(EmbeddedStartException.class)
                    .hasMessageContaining("is in use by another running PostgreSQL server");
        }
    }
}
