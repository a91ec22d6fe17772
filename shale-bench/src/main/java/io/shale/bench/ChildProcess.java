package io.shale.bench;

import io.shale.bench.tool.Database;
import io.shale.bench.tool.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times a whole new JVM that runs {@link ChildMain}: from spawning {@code java} to its exit, which
 * is what an application start or a CLI call costs. The child gets the benchmark's own class path
 * and no JVM options beyond {@code extraOptions}.
 */
final class ChildProcess {
    private final String java;
    private final String classPath;
    private final List<String> extraOptions;
    private final Path output;

    ChildProcess(String classPath, List<String> extraOptions, Path output) {
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.classPath = classPath;
        this.extraOptions = List.copyOf(extraOptions);
        this.output = output;
    }

    /** Milliseconds of wall time; fails with the child's output when it exits non-zero. */
    double time(Tool tool, String operation, Path dir, Database db) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(extraOptions);
        command.addAll(List.of("-cp", classPath, ChildMain.class.getName(), tool.name(), operation, dir.toString(),
                db.url(), db.user()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(tool.name() + " " + operation + " failed in a child process (exit " + exit
                    + "):\n" + Files.readString(output));
        }
        return ms;
    }
}
