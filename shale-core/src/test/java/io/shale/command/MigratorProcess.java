package io.shale.command;

import io.shale.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A {@link MigratorMain} running in a separate JVM, with its output collected as it comes. */
final class MigratorProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    MigratorProcess(TestDatabase db, Path migrations, int lockTimeoutSeconds) throws IOException {
        this(db.url(), db.user(), db.password(), migrations, lockTimeoutSeconds);
    }

    /** {@code extra}: {@link MigratorMain}'s optional arguments (lease, heartbeat, pause, in milliseconds). */
    MigratorProcess(String url, String user, String password, Path migrations, int lockTimeoutSeconds,
                    long... extra) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), MigratorMain.class.getName(), url,
                user == null ? "" : user, password == null ? "" : password, migrations.toString(),
                String.valueOf(lockTimeoutSeconds)));
        for (long e : extra) {
            command.add(String.valueOf(e));
        }
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // The process was killed: its output ends here.
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits until a line starting with {@code prefix} appears, or fails after {@code seconds}. */
    void awaitLine(String prefix, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(l -> l.startsWith(prefix))) {
                return;
            }
            if (!process.isAlive() && !reader.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no line starting with '" + prefix + "' within " + seconds + " s; output: " + lines);
    }

    int waitFor(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("migrator did not finish within " + seconds + " s; output: " + lines);
        }
        reader.join(5000);
        return process.exitValue();
    }

    /** SIGKILL: the JVM gets no chance to clean up, as with {@code kill -9}. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
