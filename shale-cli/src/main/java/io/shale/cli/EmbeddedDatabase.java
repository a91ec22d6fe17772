package io.shale.cli;

import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import java.nio.file.Path;

/**
 * The default database: a real PostgreSQL whose data lives in the project's {@code .shale/postgres}.
 * A server kept running by {@code shale dev start} is used as it is; otherwise one is started for
 * this command and stopped when it ends.
 */
final class EmbeddedDatabase implements AutoCloseable {
    static final String DATABASE = "shale";

    private final EmbeddedPostgresServer server;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgresServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

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

    UrlDataSource dataSource() {
        return new UrlDataSource(server.jdbcUrl(DATABASE), server.user(), null);
    }

    String describe() {
        return "embedded PostgreSQL (" + server.jdbcUrl(DATABASE) + ", data in " + dataDir + ")";
    }

    @Override
    public void close() {
        server.close();
    }
}
