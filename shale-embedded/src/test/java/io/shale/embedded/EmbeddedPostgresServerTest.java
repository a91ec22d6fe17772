package io.shale.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path temp;

    @Test
    void start_throwAway_servesQueriesWithoutFsyncAndDeletesItsFolderOnClose() throws SQLException {
        Path dataDirectory;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            dataDirectory = server.dataDirectory();
            assertThat(server.user()).isEqualTo("postgres");
            assertThat(server.ownsServer()).isTrue();
            assertThat(server.jdbcUrl("postgres")).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres");
            assertThat(scalar(server, "postgres", "SHOW fsync")).isEqualTo("off");
            assertThat(scalar(server, "postgres", "SELECT current_setting('server_version_num')")).startsWith("17");
        }
        assertThat(dataDirectory.getParent()).doesNotExist();
    }

    @Test
    void createDatabase_thenDropDatabase_evenWhileASessionIsOpen() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            server.createDatabase("Mixed Case");
            assertThat(server.databaseExists("Mixed Case")).isTrue();
            try (Connection open = server.connect("Mixed Case")) {
                server.dropDatabase("Mixed Case");
                assertThat(open.isValid(2)).isFalse();
            }
            assertThat(server.databaseExists("Mixed Case")).isFalse();
            server.dropDatabase("never_created");
        }
    }

    @Test
    void start_reportsInitdbAndThePort_andAttachingToADevServerReportsNothing() {
        Path data = temp.resolve("pg");
        List<String> firstStart = new ArrayList<>();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0, firstStart::add)) {
            assertThat(firstStart.stream().filter(step -> !step.startsWith("unpacking PostgreSQL 17 ")))
                    .as("unpacking is reported only on a machine whose cache is empty")
                    .containsExactly("creating a PostgreSQL 17 cluster in " + data + " (initdb, first start only)",
                            "starting PostgreSQL 17 on port " + server.port() + " (data in " + data + ")");
        }
        List<String> restart = new ArrayList<>();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0, restart::add)) {
            assertThat(restart).containsExactly("starting PostgreSQL 17 on port " + server.port() + " (data in " + data + ")");
        }
        DevServer.start(data, 0);
        try {
            List<String> attach = new ArrayList<>();
            try (EmbeddedPostgresServer attached = EmbeddedPostgresServer.start(data, 0, attach::add)) {
                assertThat(attached.ownsServer()).isFalse();
                assertThat(attach).isEmpty();
            }
        } finally {
            DevServer.stop(data);
        }
    }

    @Test
    void start_withDataDirectory_keepsDataAcrossRestartsWithFsyncOn() throws SQLException {
        Path data = temp.resolve("pg");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(scalar(server, "postgres", "SHOW fsync")).isEqualTo("on");
            execute(server, "postgres", "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        }
        assertThat(data.resolve("PG_VERSION")).exists();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(scalar(server, "postgres", "SELECT id FROM kept")).isEqualTo("42");
        }
    }

    @Test
    void start_onPortInUse_failsNamingThePort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(null, taken.getLocalPort()))
                    .isInstanceOf(EmbeddedStartException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
                    .hasMessageContaining("Hint: Choose another port");
        }
    }

    @Test
    void start_onDataDirectoryOfAnotherRunningServer_failsNamingItsPid() {
        Path data = temp.resolve("pg");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0)) {
            long pid = PostmasterPid.live(data).orElseThrow().pid();
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0))
                    .isInstanceOf(EmbeddedStartException.class)
                    .hasMessageContaining("is in use by another running PostgreSQL server (pid " + pid + ", port "
                            + first.port() + ")");
        }
    }

    @Test
    void start_onFolderThatIsNotAPostgresDataDirectory_refusesToTouchIt() throws IOException {
        Path data = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(data.resolve("todo.txt"), "keep me");
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0))
                .isInstanceOf(EmbeddedStartException.class)
                .hasMessageContaining("is not a PostgreSQL data directory (no PG_VERSION file)");
        assertThat(data.resolve("todo.txt")).hasContent("keep me");
    }

    static String scalar(EmbeddedPostgresServer server, String database, String sql) throws SQLException {
        try (Connection connection = server.connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static void execute(EmbeddedPostgresServer server, String database, String sql) throws SQLException {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
