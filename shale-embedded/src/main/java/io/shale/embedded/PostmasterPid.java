package io.shale.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code postmaster.pid} in a data directory says: the server's process id and port. The file
 * outlives a crashed server, so {@link #alive()} checks the process itself.
 */
record PostmasterPid(long pid, int port) {

    static Optional<PostmasterPid> read(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The live server's pid file, if a server runs on this data directory now. */
    static Optional<PostmasterPid> live(Path dataDirectory) {
        return read(dataDirectory).filter(PostmasterPid::alive);
    }

    /** True while the process runs and is a PostgreSQL server (a reused pid of another program is not). */
    boolean alive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(true))
                .orElse(false);
    }
}
