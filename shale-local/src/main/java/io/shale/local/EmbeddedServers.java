package io.shale.local;

import io.shale.config.ShaleConfig;
import io.shale.embedded.EmbeddedMariaDbServer;
import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.workspace.LocalDatabase;
import io.shale.workspace.LocalServers;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link LocalServers} with the embedded engines of shale-embedded: the default PostgreSQL (or, with
 * {@code embedded.engine: mariadb}, MariaDB) in the project's data folder, and throw-away PostgreSQL and MariaDB servers for scratch databases.
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
        return defaultDatabase(dataDir, ShaleConfig.ENGINE_POSTGRESQL);
    }

    /** {@link #defaultDatabase(Path)} on {@code engine}: later calls return the first one again. */
    @Override
    public synchronized LocalDatabase defaultDatabase(Path dataDir, String engine) {
        if (database == null) {
            database = engine(engine).equals(ShaleConfig.ENGINE_MARIADB) ? EmbeddedDatabase.openMariaDb(dataDir)
                    : EmbeddedDatabase.open(dataDir);
        }
        return database.database();
    }

    @Override
    public String defaultDatabaseUrlPrefix() {
        return EmbeddedPostgresServer.JDBC_PREFIX;
    }

    @Override
    public String defaultDatabaseUrlPrefix(String engine) {
        return engine(engine).equals(ShaleConfig.ENGINE_MARIADB) ? EmbeddedMariaDbServer.JDBC_PREFIX
                : EmbeddedPostgresServer.JDBC_PREFIX;
    }

    private static String engine(String engine) {
        if (!ShaleConfig.EMBEDDED_ENGINES.contains(engine)) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "`embedded.engine` is `" + engine
                    + "`, which is not one of " + ShaleConfig.EMBEDDED_ENGINES,
                    "set `embedded: { engine: postgresql }` (the default) or `embedded: { engine: mariadb }`");
        }
        return engine;
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
