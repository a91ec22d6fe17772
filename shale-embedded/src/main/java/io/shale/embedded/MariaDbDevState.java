package io.shale.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code .shale/mariadb.dev.properties} (next to the data folder) records of the MariaDB dev
 * server: its pid, its port and its run folder (socket, tmpdir). The file outlives the server: after
 * {@code dev stop}, a crash or a reboot it still names the port, which a later {@code dev start}
 * takes again, and a pid that is 0 or no longer a MariaDB server on the folder
 * ({@link MariaDbProcesses#serves}).
 */
record MariaDbDevState(long pid, int port, Path run) {

    /** Whether the recorded pid is a MariaDB server on {@code data}, that is, the dev server runs. */
    boolean running(Path data) {
        return MariaDbProcesses.serves(pid, data);
    }

    /** This state without its pid (the server is gone), keeping the port for the next start. */
    MariaDbDevState stopped() {
        return new MariaDbDevState(0, port, run);
    }

    static Path file(Path data) {
        return data.resolveSibling(data.getFileName() + ".dev.properties");
    }

    /** The recorded state, empty when there is no file or it cannot be read. */
    static Optional<MariaDbDevState> read(Path data) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file(data))) {
            p.load(in);
            return Optional.of(new MariaDbDevState(Long.parseLong(p.getProperty("pid", "0")),
                    Integer.parseInt(p.getProperty("port", "0")), Path.of(p.getProperty("run", ""))));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @throws EmbeddedStartException when the file cannot be written */
    void write(Path data) {
        Properties p = new Properties();
        p.setProperty("engine", "mariadb");
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("port", Integer.toString(port));
        p.setProperty("run", run.toString());
        p.setProperty("dataDirectory", data.toString());
        try (OutputStream out = Files.newOutputStream(file(data))) {
            p.store(out, "Shale MariaDB dev server: written by `shale dev start`, read by `shale dev status` and `stop`");
        } catch (IOException e) {
            throw new EmbeddedStartException("Could not write " + file(data) + ": " + e.getMessage(),
                    pid == 0 ? "Check that the folder is writable."
                            : "Check that the folder is writable; the server runs (pid " + pid + ") but later "
                                    + "commands will not find it: `kill " + pid + "` stops it.", e);
        }
    }
}
