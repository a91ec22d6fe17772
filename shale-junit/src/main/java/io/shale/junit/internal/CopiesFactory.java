package io.shale.junit.internal;

import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.embedded.EmbeddedMariaDbServer;
import io.shale.embedded.EmbeddedStartException;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import java.util.Locale;

/**
 * Chooses where test databases are made and how each engine copies its template:
 * PostgreSQL {@link PostgresCopies}, SQLite {@link SqliteCopies}, MySQL/MariaDB and H2 {@link ClearedCopies}.
 * Checks the environment first, so nothing is created or dropped beside a protected database.
 */
public final class CopiesFactory {
    /** The URL that asks for an embedded MariaDB, started for the {@link Copies} and stopped with it. */
    public static final String EMBEDDED_MARIADB = "embedded:mariadb";

    private CopiesFactory() {
    }

    /** @param spares copies a PostgreSQL pool keeps ready */
    public static Copies open(Project project, int spares) {
        String url = project.url();
        EnvironmentCheck.configured(project, url == null ? "the embedded PostgreSQL" : new Server(url, null, null).redacted());
        if (url == null) {
            UrlDataSource pg = SharedEmbeddedPostgres.attach(project.stateDirectory());
            Server server = new Server(pg.url(), pg.user(), null);
            return new PostgresCopies(project, server, Dialects.forUrl(server.url()), true, spares);
        }
        if (EMBEDDED_MARIADB.equals(url)) {
            return embeddedMariaDb(project);
        }
        Dialect dialect = Dialects.forUrl(url);
        Server server = new Server(url, project.user(), project.password());
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:sqlite:")) {
            return new SqliteCopies(project);
        }
        if (dialect.dataOperations().maintenanceDatabase() != null) {
            EnvironmentCheck.stored(project, server.dataSource(), url);
        }
        if (dialect.dataOperations().supportsTemplates()) {
            return new PostgresCopies(project, server, dialect, false, spares);
        }
        return new ClearedCopies(project, server, dialect);
    }

    private static Copies embeddedMariaDb(Project project) {
        EmbeddedMariaDbServer mariaDb;
        try {
            mariaDb = EmbeddedMariaDbServer.start();
        } catch (EmbeddedStartException e) {
            throw new ShaleException(ErrorCode.EMBEDDED_START_FAILED, "Could not start the embedded MariaDB: "
                    + e.getMessage(), "give a MySQL/MariaDB server's URL instead of " + EMBEDDED_MARIADB, e);
        }
        try {
            mariaDb.createDatabase("shale_junit");
            Server server = new Server(mariaDb.jdbcUrl("shale_junit"), mariaDb.user(), mariaDb.password());
            Copies copies = new ClearedCopies(project, server, Dialects.forUrl(server.url()));
            return new Copies() {
                @Override
                public Lease next() {
                    return copies.next();
                }

                @Override
                public String template() {
                    return copies.template();
                }

                @Override
                public boolean templateBuilt() {
                    return copies.templateBuilt();
                }

                @Override
                public void close() {
                    try (mariaDb) {
                        copies.close();
                    }
                }
            };
        } catch (RuntimeException e) {
            mariaDb.close();
            throw e;
        }
    }
}
