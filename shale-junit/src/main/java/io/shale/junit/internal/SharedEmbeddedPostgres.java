package io.shale.junit.internal;

import io.shale.embedded.DevServer;
import io.shale.embedded.DevServerStatus;
import io.shale.embedded.EmbeddedStartException;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded PostgreSQL every JVM of a build shares: a {@link DevServer} on {@code STATE/postgres},
 * started by the first JVM under a file lock and found by the others through the state file DevServer
 * records. The last JVM using it stops it when it exits ({@link ServerUsers}), so no server outlives the
 * build; its data folder stays, so the next run starts it again (about a second) and finds its
 * templates. The server's output goes to {@code STATE/postgres.log} ({@code pg_ctl -l}), never to the
 * build's streams. Its data is throw-away: fsync is turned off.
 */
final class SharedEmbeddedPostgres {
    private SharedEmbeddedPostgres() {
    }

    /**
     * A data source on the server's {@code postgres} database, starting the server first if none runs.
     * This JVM is from now on one of the server's users: the server runs at least until it exits.
     */
    static UrlDataSource attach(Path stateDirectory) {
        Path data = stateDirectory.resolve("postgres");
        ServerUsers.join(data);
        DevServerStatus status = FileLocks.withLock(stateDirectory.resolve("postgres.lock"), () -> {
            DevServerStatus before = DevServer.status(data);
            if (before.running()) {
                return before;
            }
            try {
                DevServerStatus started = DevServer.start(data, 0);
                tuneForTests(started);
                return started;
            } catch (EmbeddedStartException e) {
                throw new ShaleException(ErrorCode.EMBEDDED_START_FAILED, "Could not start the embedded PostgreSQL in "
                        + data + ": " + e.getMessage(), "read " + before.logFile() + "; deleting " + data
                        + " gives a fresh cluster", e);
            }
        });
        return new UrlDataSource(status.jdbcUrl("postgres"), status.user(), null);
    }

    /** Test data need not survive a crash: no fsync, no full-page writes, no waiting for commits. */
    private static void tuneForTests(DevServerStatus server) {
        UrlDataSource ds = new UrlDataSource(server.jdbcUrl("postgres"), server.user(), null);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("ALTER SYSTEM SET fsync = off");
            st.execute("ALTER SYSTEM SET full_page_writes = off");
            st.execute("ALTER SYSTEM SET synchronous_commit = off");
            st.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not configure the embedded PostgreSQL at "
                    + server.jdbcUrl("postgres") + ": " + e.getMessage(), "read " + server.logFile(), e);
        }
    }
}
