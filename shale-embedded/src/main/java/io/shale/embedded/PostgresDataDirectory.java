package io.shale.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A data directory the user keeps (a dev database): where its log and dev-server state live, and
 * the checks made before a server is started on it. Both files sit next to the data directory, not
 * in it, so PostgreSQL never sees them: for {@code .shale/postgres} they are {@code .shale/postgres.log}
 * and {@code .shale/postgres.dev.properties}.
 */
final class PostgresDataDirectory {
    private PostgresDataDirectory() {
    }

    static Path logFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    static Path stateFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".dev.properties");
    }

    /**
     * Runs initdb (reported to {@code progress}) when the folder is missing or empty; refuses a
     * non-empty folder that is not a cluster.
     */
    static void initializeIfEmpty(PgCtl pgCtl, Path dataDirectory, StartProgress progress) {
        try {
            Files.createDirectories(dataDirectory);
            boolean empty;
            try (Stream<Path> children = Files.list(dataDirectory)) {
                empty = children.findAny().isEmpty();
            }
            if (empty) {
                progress.step("creating a PostgreSQL " + EngineBinaries.bundled().postgresMajor() + " cluster in "
                        + dataDirectory + " (initdb, first start only)");
                pgCtl.initdb(dataDirectory, true);
            } else if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                throw new EmbeddedStartException(
                        "Cannot start PostgreSQL on " + dataDirectory + ": the folder is not empty and is not a"
                                + " PostgreSQL data directory (no PG_VERSION file).",
                        "Choose an empty or missing folder for the data directory.");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new EmbeddedStartException("Cannot create the data directory " + dataDirectory + ": " + e.getMessage(),
                    "Check that the parent folder exists and is writable.", e);
        }
    }

    static EmbeddedStartException inUse(Path dataDirectory, PostmasterPid running) {
        return new EmbeddedStartException(
                "The data directory " + dataDirectory + " is in use by another running PostgreSQL server (pid "
                        + running.pid() + ", port " + running.port() + ").",
                "Stop that process first (it may be another test run or application), or use another data"
                        + " directory. A server started with `shale dev start` is reused automatically.");
    }
}
