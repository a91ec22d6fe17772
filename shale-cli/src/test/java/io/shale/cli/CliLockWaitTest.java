package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.embedded.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upgrade --lock-wait --lock-retries} behind a session that keeps a transaction open on the table:
 * each retry is printed with the blocking session, and the run ends with {@code LOCK_WAIT_EXHAUSTED}, exit 8.
 */
class CliLockWaitTest {
    @TempDir
    Path dir;

    @Test
    void upgrade_behindAnOpenTransaction_printsEachRetryWithTheBlocker_andExitsWithTheLockCode() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            server.createDatabase("app");
            Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: " + server.jdbcUrl("app")
                    + "\n  user: " + server.user() + "\n");
            Files.createDirectories(dir.resolve("db/migrations"));
            Files.writeString(dir.resolve("db/migrations/0001_add_note.sql"), "-- migrate:up\n"
                    + "ALTER TABLE items ADD COLUMN note text;\n"
                    + "-- migrate:down\nALTER TABLE items DROP COLUMN note;\n");
            Cli cli = new Cli(dir);
            assertThat(cli.run("hash").exit()).isZero();
            try (Connection holder = DriverManager.getConnection(server.jdbcUrl("app"), server.user(), "")) {
                try (Statement st = holder.createStatement()) {
                    st.execute("CREATE TABLE items (id int PRIMARY KEY)");
                }
                holder.setAutoCommit(false);
                long pid;
                try (Statement st = holder.createStatement()) {
                    st.executeQuery("SELECT count(*) FROM items").close();
                    try (ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                        rs.next();
                        pid = rs.getLong(1);
                    }
                }

                Cli.Run run = cli.run("upgrade", "--lock-wait", "300ms", "--lock-retries", "1");

                assertThat(run.exit()).as(run.all()).isEqualTo(8);
                assertThat(run.all()).contains("  retrying 0001_add_note.sql (1/1) in 500 ms: lock-wait ran out, "
                        + "blocked by pid " + pid);
                assertThat(run.err()).contains("after 2 attempt(s) of at most 300 ms each", "blocked by pid " + pid,
                        "SELECT pg_terminate_backend(" + pid + ")", "code: LOCK_WAIT_EXHAUSTED (exit 8)");
                holder.rollback();
            }
        }
    }
}
