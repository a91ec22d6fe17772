package io.shale.embedded;

import java.nio.file.Path;

/**
 * What {@link DevServer#status} (PostgreSQL) or {@link MariaDbDevServer#status} found for a data
 * directory. When {@code running} is false, {@code pid} is 0 and {@code port} is the port the last dev
 * server used (0 if none ever ran).
 */
public record DevServerStatus(Path dataDirectory, boolean running, long pid, int port, Path logFile, String engine) {
    /** {@link #engine()} of a PostgreSQL dev server. */
    public static final String POSTGRESQL = "PostgreSQL";
    /** {@link #engine()} of a MariaDB dev server. */
    public static final String MARIADB = "MariaDB";

    /** A PostgreSQL dev server's status. */
    public DevServerStatus(Path dataDirectory, boolean running, long pid, int port, Path logFile) {
        this(dataDirectory, running, pid, port, logFile, POSTGRESQL);
    }

    public String user() {
        return MARIADB.equals(engine) ? "root" : PgCtl.SUPERUSER;
    }

    public String jdbcUrl(String database) {
        return (MARIADB.equals(engine) ? "jdbc:mariadb" : "jdbc:postgresql") + "://127.0.0.1:" + port + "/" + database;
    }
}
