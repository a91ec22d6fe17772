package io.shale.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.command.lifecycle.ResetCommand;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.command.safety.VerifyCommand;
import io.shale.command.squash.SquashCommand;
import io.shale.config.ModelsSettings;
import io.shale.embedded.EmbeddedMariaDbServer;
import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.run.Confirmation;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabases;
import io.shale.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every command that opens connections of its own beside the managed database (clear's and
 * reset's scratch and template databases, squash's and verify's scratch databases) works for a
 * user whose server checks its password, as production servers do. Issue 17: {@code clear} on
 * MariaDB failed with DB_AUTH_FAILED, because its scratch connection was built from the URL the
 * driver reports, which masks the password as {@code ***}.
 */
class PasswordUserTest {
    private static final String USER = "shale_app";
    private static final String PASSWORD = "s3cret-pw";
    private static EmbeddedMariaDbServer mariaDb;

    @TempDir
    Path dir;

    @AfterAll
    static void stopMariaDb() {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void everyCommand_worksForAUserWithAPassword(Engine engine) throws Exception {
        String url = database(engine);
        writeProject();
        try (Workspace w = workspace(url, PASSWORD)) {
            Shale.of(w).hash();
        }

        assertThatThrownBy(() -> {
            try (Workspace w = workspace(url, "wrong-password")) {
                Shale.of(w).upgrade();
            }
        }).isInstanceOf(ShaleException.class)
                .satisfies(e -> assertThat(((ShaleException) e).code()).isEqualTo(ErrorCode.DB_AUTH_FAILED));

        try {
            commandsWithTheirOwnConnections(url);
            squashAndVerify(url);
        } finally {
            if (engine == Engine.POSTGRES) {
                TestDatabases.postgresServer().dropDatabase(name(url));
            }
        }
    }

    /** No {@code scratch:} server: clear and reset open their databases beside the managed one. */
    private void commandsWithTheirOwnConnections(String url) throws Exception {
        try (Workspace workspace = workspace(url, PASSWORD)) {
            Shale shale = Shale.of(workspace);
            assertThat(shale.upgrade().applied()).extracting(UpgradeCommand.Applied::version).containsExactly(1, 2);
            assertThat(shale.seed("test", Confirmation.YES).statements()).isEqualTo(3);
            assertThat(shale.purge("test-users", Map.of("prefix", "test-"), false, Confirmation.YES).counts())
                    .containsEntry("users", 1L);
            assertThat(count(url, "users")).isEqualTo(2);

            assertThat(shale.clear(Confirmation.YES).restored()).containsEntry("countries", 2);
            assertThat(count(url, "users")).isZero();
            assertThat(count(url, "countries")).isEqualTo(2);

            ResetCommand.Result reset = shale.reset(new ResetCommand.Options(false, Confirmation.YES));
            reset.awaitSpare();
            assertThat(shale.status().upToDate()).isTrue();
            assertThat(count(url, "countries")).isEqualTo(2);

            assertThat(shale.downgrade(new DowngradeCommand.Options(1, null, false, Confirmation.YES)).reverted())
                    .hasSize(1);
            assertThat(shale.upgrade().applied()).hasSize(1);
        }
    }

    /** verify and squash make their throw-away databases on the {@code scratch:} server: here the same one. */
    private void squashAndVerify(String url) throws Exception {
        try (Workspace workspace = workspace(url, PASSWORD, true)) {
            Shale shale = Shale.of(workspace);
            assertThat(shale.verify(VerifyCommand.Options.DEFAULTS).failure()).isNull();
            SquashCommand.Result squashed = shale.squash(new SquashCommand.Options(2, true, false));
            assertThat(squashed.version()).isEqualTo(2);
            assertThat(shale.migrations().migrations()).hasSize(1);
        }
    }

    private String database(Engine engine) {
        String name = "pw_" + Long.toHexString(System.nanoTime());
        if (engine == Engine.POSTGRES) {
            EmbeddedPostgresServer server = TestDatabases.postgresServer();
            server.createDatabase(name);
            server.createPasswordUser(USER, PASSWORD, name);
            return server.jdbcUrl(name);
        }
        synchronized (PasswordUserTest.class) {
            if (mariaDb == null) {
                mariaDb = EmbeddedMariaDbServer.startWithPasswordUser(USER, PASSWORD);
            }
        }
        mariaDb.createDatabase(name);
        return mariaDb.jdbcUrl(name);
    }

    /**
     * PostgreSQL gets the user and password as settings of their own; MariaDB inside the URL, as
     * DDS writes it (the driver reports such a URL with {@code password=***}).
     */
    private Workspace workspace(String url, String password) {
        return workspace(url, password, false);
    }

    private Workspace workspace(String url, String password, boolean scratchServer) {
        boolean postgres = url.startsWith("jdbc:postgresql");
        String server = url.substring(0, url.lastIndexOf('/') + 1) + (postgres ? "postgres" : "");
        var builder = postgres ? Workspace.builder().database(url, USER, password)
                : Workspace.builder().database(url + "?user=" + USER + "&password=" + password, null, null);
        if (scratchServer) {
            builder.scratch(server, USER, password);
        }
        return builder.baseDir(dir)
                .migrations(dir.resolve("db/migrations"))
                .models(new ModelsSettings(dir.resolve("db/schema.sql"), null))
                .seeds(dir.resolve("db/seeds"))
                .purgeRule("test-users", "users", postgres
                        ? "email LIKE :prefix || '%'" : "email LIKE CONCAT(:prefix, '%')", "prefix")
                .build();
    }

    private void writeProject() throws IOException {
        Path migrations = dir.resolve("db/migrations");
        write(migrations.resolve("0001_create_countries.sql"), """
                -- migrate:up
                CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(40) NOT NULL);
                INSERT INTO countries (code, name) VALUES ('se', 'Sweden'), ('no', 'Norway');
                -- migrate:down
                DROP TABLE countries;
                """);
        write(migrations.resolve("0002_create_users.sql"), """
                -- migrate:up
                CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(80) NOT NULL,
                    country VARCHAR(2) REFERENCES countries (code));
                -- migrate:down
                DROP TABLE users;
                """);
        write(dir.resolve("db/schema.sql"), """
                CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(40) NOT NULL);
                CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(80) NOT NULL,
                    country VARCHAR(2) REFERENCES countries (code));
                """);
        write(dir.resolve("db/seeds/test/01_users.sql"), """
                INSERT INTO users (id, email, country) VALUES (1, 'test-ann@example.com', 'se');
                INSERT INTO users (id, email, country) VALUES (2, 'bob@example.com', 'no');
                INSERT INTO users (id, email, country) VALUES (3, 'cy@example.com', 'no');
                """);
    }

    private static long count(String url, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
