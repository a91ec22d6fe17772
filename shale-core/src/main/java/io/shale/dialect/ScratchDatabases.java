package io.shale.dialect;

import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Scratch databases made without embedded engines: next to the managed database on its own server
 * ({@code CREATE DATABASE}, which needs the privilege), or in memory for SQLite and H2.
 */
public final class ScratchDatabases {
    private ScratchDatabases() {
    }

    /**
     * A provider that creates scratch databases beside the one at {@code url}.
     *
     * @param dialect the managed database's dialect
     */
    public static ScratchProvider beside(Dialect dialect, String url, String user, String password) {
        return purpose -> create(dialect, url, user, password, purpose);
    }

    private static ScratchDatabase create(Dialect dialect, String givenUrl, String user, String password, String purpose) {
        String url = dialect.driverUrl(givenUrl);
        String name = "shale_scratch_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String scratchUrl = dialect.scratchUrl(url, name);
        if (dialect.scratchIsInMemory()) {
            UrlDataSource ds = new UrlDataSource(scratchUrl, user, password);
            Connection keepAlive = Connections.open(ds, Redaction.url(scratchUrl));
            return new Scratch(ds, Redaction.url(scratchUrl), null, () -> {
                try (keepAlive; Statement st = keepAlive.createStatement()) {
                    dialect.dropInMemoryScratch(st);
                }
            });
        }
        DataSource admin = new UrlDataSource(url, user, password);
        try (Connection c = Connections.open(admin, Redaction.url(url)); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not create a scratch database on the server of "
                    + Redaction.url(url) + ": " + e.getMessage(),
                    "grant the user CREATEDB (PostgreSQL) or CREATE (MySQL), or configure `scratch:` in shale.yaml "
                            + "with a server where Shale may create throw-away databases", e);
        }
        return new Scratch(new UrlDataSource(scratchUrl, user, password), Redaction.url(scratchUrl),
                new DatabaseLogin(scratchUrl, user, password), () -> {
            try (Connection c = Connections.open(admin, Redaction.url(url)); Statement st = c.createStatement()) {
                dialect.dropScratch(st, name);
            }
        });
    }

    private interface Dropper {
        void drop() throws SQLException;
    }

    /** {@code serverLogin} is null in memory, where no other process can reach the database. */
    private record Scratch(DataSource dataSource, String description, DatabaseLogin serverLogin, Dropper dropper)
            implements ScratchDatabase {
        @Override
        public Optional<DatabaseLogin> login() {
            return Optional.ofNullable(serverLogin);
        }

        @Override
        public void close() {
            try {
                dropper.drop();
            } catch (SQLException e) {
                throw new ShaleException(ErrorCode.DB_ERROR, "Could not drop the scratch database " + description
                        + ": " + e.getMessage(), "drop it by hand; its name starts with shale_scratch_", e);
            }
        }
    }
}
