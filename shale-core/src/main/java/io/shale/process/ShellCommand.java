package io.shale.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command line through the system shell ({@code sh -c}, or {@code cmd /c} on Windows) in a
 * folder, with Shale's own environment plus the variables given, its standard input closed and its
 * standard error merged into its output. Only the last lines of output are kept, for messages. A
 * command that outlives its timeout is stopped together with every process it started.
 */
public final class ShellCommand {
    private final String line;
    private final Path directory;
    private final Map<String, String> variables;
    private final Duration timeout;
    private final int keptLines;

    /**
     * @param line      the command line, as a user writes it in a shell
     * @param directory the folder it runs in; must exist
     * @param variables set in its environment on top of Shale's own
     * @param timeout   how long it may run
     * @param keptLines how many of its last output lines {@link Outcome#lastLines()} holds
     */
    public ShellCommand(String line, Path directory, Map<String, String> variables, Duration timeout, int keptLines) {
        this.line = Objects.requireNonNull(line, "line");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.variables = Map.copyOf(variables);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.keptLines = keptLines;
    }

    /**
     * How a run ended.
     *
     * @param exitCode  the command's exit code; meaningless when {@code timedOut}
     * @param timedOut  true when it was stopped for running past the timeout
     * @param lastLines its last lines of output (standard output and error, interleaved as written)
     */
    public record Outcome(int exitCode, boolean timedOut, List<String> lastLines) {
        public Outcome {
            lastLines = List.copyOf(lastLines);
        }

        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }
    }

    /**
     * Runs the command and waits for it (at most the timeout).
     *
     * @throws IOException when the shell cannot be started (missing folder, no shell)
     */
    public Outcome run() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(shell()).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(variables);
        Process process = builder.start();
        process.getOutputStream().close();
        Deque<String> tail = new ArrayDeque<>();
        Thread reader = new Thread(() -> keepTail(process, tail), "shale-command-output");
        reader.setDaemon(true);
        reader.start();
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                stopTree(process);
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for `" + line + "`", e);
        }
        List<String> lines;
        synchronized (tail) {
            lines = new ArrayList<>(tail);
        }
        return new Outcome(finished ? process.exitValue() : -1, !finished, lines);
    }

    private List<String> shell() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows ? List.of("cmd.exe", "/c", line) : List.of("/bin/sh", "-c", line);
    }

    private void keepTail(Process process, Deque<String> tail) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                Charset.defaultCharset()))) {
            String read;
            while ((read = in.readLine()) != null) {
                synchronized (tail) {
                    tail.addLast(read);
                    while (tail.size() > keptLines) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // The process was stopped and its output closed: what was read is kept.
        }
    }

    /** Children first, so that none is re-parented and left running when the shell goes. */
    private static void stopTree(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
