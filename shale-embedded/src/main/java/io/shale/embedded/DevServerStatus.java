package io.shale.embedded;

import java.nio.file.Path;

/**
 * What {@link DevServer#status} found for a data directory. When {@code running} is false,
 * {@code pid} is 0 and {@code port} is the port the last dev server used (0 if none ever ran).
 */
public record DevServerStatus(Path dataDirectory, boolean running, long pid, int port, Path logFile) {

    public String user() {
        return PgCtl.SUPERUSER;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }
}
