package io.shale.local;

import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.workspace.LocalDatabase;
import java.nio.file.Path;

/**
 * The default database: a real PostgreSQL whose data lives in the project's {@code .shale/postgres}.
 * A server kept running by {@code shale dev start} is used as it is; otherwise one is started for
 * this workspace and stopped when it closes.
 */
final class EmbeddedDatabase implements AutoCloseable {
    /** The database inside the server that the project uses ({@code shale dev start} prints it too). */
    static final String DATABASE = "shale";

    private final EmbeddedPostgresServer server;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgresServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /** @throws ShaleException EMBEDDED_START_FAILED when the server cannot start */
    static EmbeddedDatabase open(Path dataDir) {
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(dataDir, 0);
        } catch (RuntimeException e) {
            throw new ShaleException(ErrorCode.EMBEDDED_START_FAILED,
                    "Could not start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(),
                    "check the message above; `shale dev status` shows a server left running, "
                            + "and deleting " + dataDir + " starts over with an empty database", e);
        }
        if (!server.databaseExists(DATABASE)) {
            server.createDatabase(DATABASE);
        }
        return new EmbeddedDatabase(server, dataDir);
    }

    LocalDatabase database() {
        String url = server.jdbcUrl(DATABASE);
        return new LocalDatabase(url, server.user(), null,
                "embedded PostgreSQL (" + url + ", data in " + dataDir + ")");
    }

    /** Stops the server unless it is one that {@code shale dev start} keeps running. */
    @Override
    public void close() {
        server.close();
    }
}
