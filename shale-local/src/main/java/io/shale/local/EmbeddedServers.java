package io.shale.local;

import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.workspace.LocalDatabase;
import io.shale.workspace.LocalServers;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link LocalServers} with the embedded engines of shale-embedded: the default PostgreSQL in the
 * project's data folder, and throw-away PostgreSQL and MariaDB servers for scratch databases.
 * Registered in {@code META-INF/services/io.shale.workspace.LocalServers}; each workspace gets its
 * own instance and closes it.
 */
public final class EmbeddedServers implements LocalServers {
    private final ScratchServers scratch = new ScratchServers();
    private EmbeddedDatabase database;

    /** For {@link java.util.ServiceLoader}. */
    public EmbeddedServers() {
    }

    /**
     * The one default database of this instance: later calls return it again (a workspace has one
     * data folder).
     */
    @Override
    public synchronized LocalDatabase defaultDatabase(Path dataDir) {
        if (database == null) {
            database = EmbeddedDatabase.open(dataDir);
        }
        return database.database();
    }

    @Override
    public String defaultDatabaseUrlPrefix() {
        return EmbeddedPostgresServer.JDBC_PREFIX;
    }

    @Override
    public Optional<ScratchProvider> scratch(Dialect dialect) {
        return scratch.provider(dialect);
    }

    @Override
    public synchronized void close() {
        try {
            scratch.close();
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
