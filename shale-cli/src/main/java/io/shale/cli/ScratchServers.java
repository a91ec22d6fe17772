package io.shale.cli;

import io.shale.config.DatabaseSettings;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.embedded.EmbeddedMariaDbServer;
import io.shale.embedded.EmbeddedPostgresServer;

/**
 * Where scratch databases come from, in this order: the {@code scratch:} server when one is
 * configured; the embedded default PostgreSQL itself when no database is configured; otherwise a
 * throw-away embedded engine of the same kind (PostgreSQL, MariaDB), started on first use and
 * stopped with the command; SQLite and H2 use memory. The user's own server is never asked to
 * create databases unless it is named under {@code scratch:}.
 */
final class ScratchServers implements AutoCloseable {
    private EmbeddedPostgresServer postgres;
    private EmbeddedMariaDbServer mariadb;

    ScratchProvider provider(Dialect dialect, DatabaseSettings scratch, String url, String user, String password) {
        if (scratch != null) {
            return ScratchDatabases.beside(dialect, scratch.url(), scratch.user(),
                    scratch.password() == null ? null : scratch.password().reveal());
        }
        if (dialect.scratchIsInMemory()) {
            return ScratchDatabases.beside(dialect, url, user, password);
        }
        return switch (dialect.name()) {
            case "postgresql" -> purpose -> {
                if (postgres == null) {
                    postgres = EmbeddedPostgresServer.start();
                }
                return ScratchDatabases.beside(dialect, postgres.jdbcUrl("postgres"), postgres.user(), null)
                        .create(purpose);
            };
            case "mysql" -> purpose -> {
                if (mariadb == null) {
                    mariadb = EmbeddedMariaDbServer.start();
                }
                return ScratchDatabases.beside(dialect, mariadb.jdbcUrl("mysql"), mariadb.user(), mariadb.password())
                        .create(purpose);
            };
            default -> ScratchDatabases.beside(dialect, url, user, password);
        };
    }

    @Override
    public void close() {
        if (postgres != null) {
            postgres.close();
        }
        if (mariadb != null) {
            mariadb.close();
        }
    }
}
