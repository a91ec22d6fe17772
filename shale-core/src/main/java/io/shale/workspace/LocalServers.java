package io.shale.workspace;

import io.shale.config.ShaleConfig;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Database servers on this machine that Shale starts itself: the default database when none is
 * configured, and throw-away servers for scratch databases. Core only declares this; the
 * {@code shale-local} module implements it with embedded PostgreSQL and MariaDB and registers it in
 * {@code META-INF/services/io.shale.workspace.LocalServers}.
 *
 * <p>A {@link Workspace} gets its own instance (through {@link java.util.ServiceLoader}, so an
 * implementation needs a public no-argument constructor), asks it for servers only when a command
 * needs them, and closes it when the workspace closes: the instance stops every server it started
 * and leaves running any server it only reused (one kept by {@code shale dev start}).
 */
public interface LocalServers extends AutoCloseable {

    /**
     * The default database: a PostgreSQL whose data lives in {@code dataDir}, reusing a server that
     * already runs on that folder, else starting one (stopped on {@link #close()}).
     *
     * @throws io.shale.error.ShaleException EMBEDDED_START_FAILED when the server cannot start
     */
    LocalDatabase defaultDatabase(Path dataDir);

    /**
     * The default database on {@code engine} ({@code postgresql} or {@code mariadb}, as
     * {@code embedded.engine}), its data in {@code dataDir}. This default supports PostgreSQL only, by
     * {@link #defaultDatabase(Path)}.
     *
     * @throws io.shale.error.ShaleException EMBEDDED_START_FAILED when the server cannot start,
     *         CONFIG_BAD_VALUE when this implementation has no such engine
     */
    default LocalDatabase defaultDatabase(Path dataDir, String engine) {
        if (ShaleConfig.ENGINE_POSTGRESQL.equals(engine)) {
            return defaultDatabase(dataDir);
        }
        throw unsupportedEngine(engine);
    }

    /** The JDBC URL prefix of the default database, which tells its engine without starting it. */
    String defaultDatabaseUrlPrefix();

    /** {@link #defaultDatabaseUrlPrefix()} for the default database on {@code engine}. */
    default String defaultDatabaseUrlPrefix(String engine) {
        if (ShaleConfig.ENGINE_POSTGRESQL.equals(engine)) {
            return defaultDatabaseUrlPrefix();
        }
        throw unsupportedEngine(engine);
    }

    private ShaleException unsupportedEngine(String engine) {
        return new ShaleException(ErrorCode.CONFIG_BAD_VALUE,
                "`embedded.engine` is `" + engine + "`, which " + getClass().getName() + " does not run",
                "set `embedded: { engine: postgresql }`, or configure `database:`");
    }

    /**
     * A provider of scratch databases on a throw-away server of {@code dialect}'s kind, started on
     * first use; empty when this implementation has no server of that kind.
     */
    Optional<ScratchProvider> scratch(Dialect dialect);

    /** Stops the servers this instance started. */
    @Override
    void close();
}
