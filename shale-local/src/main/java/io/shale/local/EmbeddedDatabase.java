package io.shale.local;

import io.shale.embedded.DevServerStatus;
import io.shale.embedded.EmbeddedMariaDbServer;
import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.embedded.EmbeddedStartException;
import io.shale.embedded.MariaDbDevServer;
import io.shale.embedded.StartProgress;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.workspace.LocalDatabase;
import java.nio.file.Path;

/**
 * The default database: a real PostgreSQL whose data lives in the project's {@code .shale/postgres},
 * or ({@code embedded.engine: mariadb}) a real MariaDB whose data lives in {@code .shale/mariadb}. A
 * server kept running by {@code shale dev start} is used as it is; otherwise a server is started
 * for this workspace and stopped when it closes.
 */
abstract class EmbeddedDatabase implements AutoCloseable {
    /** The database inside the server that the project uses ({@code shale dev start} prints it too). */
    static final String DATABASE = "shale";

    private EmbeddedDatabase() {
    }

    abstract LocalDatabase database();

    @Override
    public abstract void close();

    /** @throws ShaleException EMBEDDED_START_FAILED when the server cannot start */
    static EmbeddedDatabase open(Path dataDir) {
        return Postgres.open(dataDir);
    }

    /**
     * The MariaDB default database: on the server {@code shale dev start} keeps running on the data,
     * if one runs, else on a server started on its persistent data (the system tables installed on the
     * first start only) and stopped on {@link #close()}. Either way the database {@value #DATABASE} is
     * created when it is missing (a user may have dropped it).
     *
     * @throws ShaleException EMBEDDED_START_FAILED when the server cannot start, or the database cannot
     *         be created
     */
    static EmbeddedDatabase openMariaDb(Path dataDir) {
        DevServerStatus dev = MariaDbDevServer.status(dataDir);
        if (dev.running()) {
            try {
                MariaDbDevServer.ensureDatabase(dev, DATABASE);
            } catch (EmbeddedStartException e) {
                throw startFailed(e);
            }
            return new MariaDbDev(dev);
        }
        EmbeddedMariaDbServer server;
        try {
            MariaDbDevServer.requireNoOtherServer(dataDir);
        } catch (EmbeddedStartException e) {
            throw startFailed(e);
        }
        try {
            server = EmbeddedMariaDbServer.startPersistent(dataDir, StartProgress.LOG);
        } catch (RuntimeException e) {
            throw new ShaleException(ErrorCode.EMBEDDED_START_FAILED,
                    "Could not start the embedded MariaDB in " + dataDir + ": " + e.getMessage(),
                    "check the message above and that no other Shale command uses " + dataDir
                            + " right now; deleting " + dataDir + " starts over with an empty database", e);
        }
        try {
            if (!server.databaseExists(DATABASE)) {
                server.createDatabase(DATABASE);
            }
        } catch (RuntimeException e) {
            server.close();
            throw new ShaleException(ErrorCode.EMBEDDED_START_FAILED,
                    "Could not create the database " + DATABASE + " on the embedded MariaDB in " + dataDir + ": "
                            + e.getMessage(), "deleting " + dataDir + " starts over with an empty database", e);
        }
        return new MariaDb(server, dataDir);
    }

    /** An embedded server's own problem and hint, as the command's failure. */
    private static ShaleException startFailed(EmbeddedStartException e) {
        return new ShaleException(ErrorCode.EMBEDDED_START_FAILED, e.problem(), e.hint(), e);
    }

    /** The MariaDB that {@code shale dev start} keeps running: used as it is, left running on close. */
    private static final class MariaDbDev extends EmbeddedDatabase {
        private final DevServerStatus dev;

        MariaDbDev(DevServerStatus dev) {
            this.dev = dev;
        }

        @Override
        LocalDatabase database() {
            String url = dev.jdbcUrl(DATABASE);
            return new LocalDatabase(url, dev.user(), null, "embedded MariaDB dev server (" + url + ", pid " + dev.pid()
                    + ", data in " + dev.dataDirectory() + ")");
        }

        @Override
        public void close() {
        }
    }

    private static final class MariaDb extends EmbeddedDatabase {
        private final EmbeddedMariaDbServer server;
        private final Path dataDir;

        MariaDb(EmbeddedMariaDbServer server, Path dataDir) {
            this.server = server;
            this.dataDir = dataDir;
        }

        @Override
        LocalDatabase database() {
            String url = server.jdbcUrl(DATABASE);
            return new LocalDatabase(url, server.user(), server.password().isEmpty() ? null : server.password(),
                    "embedded MariaDB (" + url + ", data in " + dataDir + ")");
        }

        @Override
        public void close() {
            server.close();
        }
    }

    private static final class Postgres extends EmbeddedDatabase {
        private final EmbeddedPostgresServer server;
        private final Path dataDir;

        private Postgres(EmbeddedPostgresServer server, Path dataDir) {
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
            return new Postgres(server, dataDir);
        }

        @Override
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
}
