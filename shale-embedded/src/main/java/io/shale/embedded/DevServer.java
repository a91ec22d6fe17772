package io.shale.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A PostgreSQL server that outlives the JVM which started it ({@code shale dev start}): the server
 * runs detached in its own session, and a small state file next to the data directory records that
 * it is a dev server, so that {@link #status}, {@link #stop} and
 * {@link EmbeddedPostgresServer#start(Path, int)} in any later process find it. The data is kept and
 * fsync stays on.
 */
public final class DevServer {
    private DevServer() {
    }

    /**
     * Starts a dev server on {@code dataDirectory} (initdb when the folder is empty) and returns at
     * once when one already runs there.
     *
     * @param port 0 to reuse the port of the previous dev server on this directory if it is free, else
     *             any free port
     * @throws EmbeddedStartException when another (non-dev) server uses the directory, when a dev server
     *                                runs there on another port than the one asked for, or when the start fails
     */
    public static DevServerStatus start(Path dataDirectory, int port) {
        return start(dataDirectory, port, StartProgress.LOG);
    }

    /** {@link #start(Path, int)}, reporting unpacking, initdb and the start to {@code progress}. */
    public static DevServerStatus start(Path dataDirectory, int port, StartProgress progress) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Optional<PostmasterPid> running = PostmasterPid.live(data);
        if (running.isPresent()) {
            if (!isDevServer(data, running.get())) {
                throw PostgresDataDirectory.inUse(data, running.get());
            }
            if (port != 0 && port != running.get().port()) {
                throw new EmbeddedStartException(
                        "A dev server already runs on " + data + " on port " + running.get().port() + ", not " + port + ".",
                        "Stop it first (`shale dev stop`) to start it on another port.");
            }
            return status(data);
        }
        PgCtl pgCtl = new PgCtl(PostgresBinaries.install(progress));
        PostgresDataDirectory.initializeIfEmpty(pgCtl, data, progress);
        int previous = readState(data).map(PostmasterPid::port).orElse(0);
        int chosen = port == 0 && previous != 0 && Ports.isFree(previous) ? previous : port;
        if (port == 0 && previous != 0 && chosen == 0) {
            progress.step("port " + previous + ", where the previous dev server on " + data + " listened, is taken"
                    + " by another process; starting on another one, so the JDBC URL changes");
        }
        EmbeddedPostgresServer.startOnPort(pgCtl, data, chosen, PostgresDataDirectory.logFile(data), Map.of(),
                progress);
        PostmasterPid started = PostmasterPid.live(data).orElseThrow(() -> new EmbeddedStartException(
                "PostgreSQL on " + data + " stopped right after it started.",
                "Read " + PostgresDataDirectory.logFile(data) + "."));
        writeState(data, started);
        return status(data);
    }

    /** Whether a server runs on {@code dataDirectory}, and where. */
    public static DevServerStatus status(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path log = PostgresDataDirectory.logFile(data);
        Optional<PostmasterPid> running = PostmasterPid.live(data);
        if (running.isPresent()) {
            return new DevServerStatus(data, true, running.get().pid(), running.get().port(), log);
        }
        return new DevServerStatus(data, false, 0, readState(data).map(PostmasterPid::port).orElse(0), log);
    }

    /**
     * Stops the server running on {@code dataDirectory} ({@code pg_ctl stop -m fast}: open sessions are
     * ended, committed data is kept). Returns false when none was running.
     */
    public static boolean stop(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        if (PostmasterPid.live(data).isEmpty()) {
            return false;
        }
        return new PgCtl(PostgresBinaries.install(StartProgress.LOG)).stop(data);
    }

    /** True when the running server was started by {@link #start} (its pid is the recorded one). */
    static boolean isDevServer(Path data, PostmasterPid running) {
        return readState(data).map(state -> state.pid() == running.pid()).orElse(false);
    }

    private static Optional<PostmasterPid> readState(Path data) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(PostgresDataDirectory.stateFile(data))) {
            properties.load(in);
            return Optional.of(new PostmasterPid(
                    Long.parseLong(properties.getProperty("pid", "0")),
                    Integer.parseInt(properties.getProperty("port", "0"))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void writeState(Path data, PostmasterPid server) {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(server.pid()));
        properties.setProperty("port", Integer.toString(server.port()));
        properties.setProperty("dataDirectory", data.toString());
        try (OutputStream out = Files.newOutputStream(PostgresDataDirectory.stateFile(data))) {
            properties.store(out, "Shale dev server: written by `shale dev start`, read by `shale dev status` and `stop`");
        } catch (IOException e) {
            throw new EmbeddedStartException("Could not write " + PostgresDataDirectory.stateFile(data) + ": " + e.getMessage(),
                    "Check that the folder is writable; the server runs but other processes will not recognise it"
                            + " as a dev server.", e);
        }
    }
}
