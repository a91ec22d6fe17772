package io.shale.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.config.ConfigRequest;
import io.shale.embedded.EmbeddedMariaDbServer;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code embedded: { engine: mariadb }} without {@code database:}: an embedded MariaDB on the project's
 * persistent {@code .shale/mariadb} is the database, started per workspace and stopped when it closes.
 */
@Timeout(240)
class EmbeddedMariaDbDefaultTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return Workspace.load(new ConfigRequest(dir, null, null, Map.of(), Map.of()));
    }

    @Test
    void theDialectIsMariaDbWithoutStartingAnything() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "embedded:\n  engine: mariadb\n");
        try (Workspace ws = workspace()) {
            assertThat(ws.config().embeddedEngine()).isEqualTo("mariadb");
            assertThat(ws.config().embeddedDataDir()).isEqualTo(dir.resolve(".shale/mariadb"));
            assertThat(ws.dialect().displayName()).containsIgnoringCase("MariaDB");
        }
        assertThat(dir.resolve(".shale/mariadb")).doesNotExist();
    }

    @Test
    void upgradeAppliesToThePersistentMariaDb_aSecondWorkspaceSeesTheHistory() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "embedded:\n  engine: mariadb\n");
        Path migrations = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(migrations.resolve("0001_create_books.sql"), """
                -- migrate:up
                CREATE TABLE books (
                    id    INTEGER PRIMARY KEY,
                    title VARCHAR(200) NOT NULL
                );

                -- migrate:down
                DROP TABLE books;
                """);
        Files.writeString(migrations.resolve("0002_add_isbn.sql"), """
                -- migrate:up
                ALTER TABLE books ADD COLUMN isbn VARCHAR(20);

                -- migrate:down
                ALTER TABLE books DROP COLUMN isbn;
                """);

        String firstUrl;
        try (Workspace ws = workspace()) {
            assertThat(ws.usesLocalDatabase()).isTrue();
            Shale shale = Shale.of(ws);
            shale.hash();
            assertThat(shale.upgrade().toVersion()).isEqualTo(2);
            assertThat(ws.databaseDescription()).startsWith("embedded MariaDB (jdbc:mariadb://127.0.0.1:")
                    .endsWith("data in " + dir.resolve(".shale/mariadb") + ")");
            try (Connection c = ws.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThat(c.getMetaData().getURL()).startsWith("jdbc:mariadb://127.0.0.1:").contains("/shale");
                s.execute("INSERT INTO books (id, title, isbn) VALUES (1, 'Dune', '978-0441013593')");
                firstUrl = c.getMetaData().getURL();
            }
        }
        assertThat(dir.resolve(".shale/mariadb/mysql")).isDirectory();
        assertThat(dir.resolve(".shale/mariadb/shale")).isDirectory();
        // Closing the workspace stopped the server it started.
        assertThatThrownBy(() -> DriverManager.getConnection(firstUrl, "root", "").close())
                .isInstanceOf(SQLException.class);

        // A second workspace starts the server again on the same data: history and rows are there.
        try (Workspace ws = workspace()) {
            Shale shale = Shale.of(ws);
            assertThat(shale.history()).extracting(a -> a.version()).containsExactly(1, 2);
            var status = shale.status();
            assertThat(status.upToDate()).isTrue();
            assertThat(status.currentVersion()).isEqualTo(2);
            assertThat(shale.upgrade().applied()).isEmpty();
            try (Connection c = ws.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT title FROM books WHERE id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Dune");
            }
        }
    }

    /**
     * A command started while another one still runs its own server on the project's data (or a mariadbd
     * started by hand there) is refused at once, naming the folder and that server's pid, instead of
     * waiting on InnoDB's locks; the other server goes on.
     */
    @Test
    void aCommandOnAFolderAnotherMariaDbUses_isRefusedNamingThePid_andTheOtherServerGoesOn() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "embedded:\n  engine: mariadb\n");
        Files.createDirectories(dir.resolve("db/migrations"));
        Path data = dir.resolve(".shale/mariadb");
        try (EmbeddedMariaDbServer other = EmbeddedMariaDbServer.startPersistent(data, step -> { });
             Workspace ws = workspace()) {
            assertThatThrownBy(() -> Shale.of(ws).status())
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.EMBEDDED_START_FAILED);
                        assertThat(e.getMessage()).contains("The data folder " + data.toAbsolutePath())
                                .contains("is in use by another MariaDB server (pid ");
                        assertThat(e.hint()).contains("Wait for that command to finish").contains("`kill ")
                                .contains("then run the command again");
                    });
            try (Connection c = other.connect("mysql"); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT 1")) {
                assertThat(rs.next()).as("the other server still answers").isTrue();
            }
        }
    }
}
