package io.shale.local;

import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.embedded.EmbeddedMariaDbServer;
import io.shale.embedded.EmbeddedPostgresServer;
import java.util.Optional;

/**
 * Throw-away embedded servers for scratch databases, of the managed engine's kind (PostgreSQL,
 * MariaDB for MySQL), each started on first use and stopped on {@link #close()}. The workspace
 * decides when they are wanted (no {@code scratch:} server, not the embedded default, not in memory).
 */
final class ScratchServers implements AutoCloseable {
    private EmbeddedPostgresServer postgres;
    private EmbeddedMariaDbServer mariadb;

    Optional<ScratchProvider> provider(Dialect dialect) {
        if (dialect.urlPrefixes().contains(EmbeddedPostgresServer.JDBC_PREFIX)) {
            return Optional.of(purpose -> ScratchDatabases.beside(dialect,
                    postgres().jdbcUrl(EmbeddedPostgresServer.MAINTENANCE_DATABASE), postgres().user(), null)
                    .create(purpose));
        }
        if (dialect.urlPrefixes().contains(EmbeddedMariaDbServer.JDBC_PREFIX)) {
            return Optional.of(purpose -> ScratchDatabases.beside(dialect,
                    mariadb().jdbcUrl(EmbeddedMariaDbServer.MAINTENANCE_DATABASE), mariadb().user(), mariadb().password())
                    .create(purpose));
        }
        return Optional.empty();
    }

    private synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.start();
        }
        return postgres;
    }

    private synchronized EmbeddedMariaDbServer mariadb() {
        if (mariadb == null) {
            mariadb = EmbeddedMariaDbServer.start();
        }
        return mariadb;
    }

    @Override
    public synchronized void close() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } finally {
            if (mariadb != null) {
                mariadb.close();
            }
        }
    }
}
