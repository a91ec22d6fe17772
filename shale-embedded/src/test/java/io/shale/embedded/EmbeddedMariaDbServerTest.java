package io.shale.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbServerTest {

    @Test
    void start_reportsThePortItStartsOn() {
        List<String> steps = new ArrayList<>();
        try (EmbeddedMariaDbServer server = EmbeddedMariaDbServer.start(steps::add)) {
            assertThat(steps.stream().filter(step -> !step.startsWith("unpacking MariaDB 11.4.5 to ")))
                    .as("unpacking is reported only on a machine whose cache is empty")
                    .singleElement().asString()
                    .startsWith("starting MariaDB 11.4.5 on port " + server.port() + " (throw-away, data in ");
        }
    }

    @Test
    void start_createUseDrop_thenCloseStopsTheServerAndDeletesItsFolder() throws SQLException {
        Path folder;
        long serverPid;
        try (EmbeddedMariaDbServer server = EmbeddedMariaDbServer.start()) {
            folder = Path.of(server.toString().replaceAll(".*, (.*)]$", "$1"));
            assertThat(server.user()).isEqualTo("root");
            assertThat(server.password()).isEmpty();
            assertThat(server.jdbcUrl("app")).isEqualTo("jdbc:mariadb://127.0.0.1:" + server.port() + "/app");

            server.createDatabase("app");
            assertThat(server.databaseExists("app")).isTrue();
            try (Connection connection = server.connect("app"); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t (id int)");
                statement.execute("INSERT INTO t VALUES (7)");
                try (ResultSet rows = statement.executeQuery("SELECT id, VERSION() FROM t")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(7);
                    assertThat(rows.getString(2)).contains("MariaDB");
                }
            }
            try (Connection open = server.connect("app");
                    Statement statement = open.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT CONNECTION_ID()")) {
                rows.next();
                open.setAutoCommit(false);
                statement.execute("SELECT * FROM t FOR UPDATE");
                server.dropDatabase("app");
            }
            assertThat(server.databaseExists("app")).isFalse();
            serverPid = mariadbdPid(folder);
        }
        assertThat(folder).doesNotExist();
        assertThat(ProcessHandle.of(serverPid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    private static long mariadbdPid(Path folder) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(args -> String.join(" ", args).contains(folder.toString())).orElse(false))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElseThrow();
    }
}
