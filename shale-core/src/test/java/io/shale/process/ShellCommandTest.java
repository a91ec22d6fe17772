package io.shale.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One command line through {@code sh -c}: its folder, its variables, its last lines, its timeout. */
class ShellCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void unix() {
        assumeTrue(!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"),
                "the command lines are written for sh");
    }

    private ShellCommand.Outcome run(String line, Map<String, String> variables, Duration timeout) throws Exception {
        return new ShellCommand(line, dir, variables, timeout, 3).run();
    }

    @Test
    void run_inTheFolder_withTheVariablesAdded_keepsTheLastLinesOfOutputAndError() throws Exception {
        ShellCommand.Outcome outcome = run("pwd -P > where.txt; echo first; echo \"$GREETING\"; echo to-stderr >&2; echo last; exit 4",
                Map.of("GREETING", "hello from shale"), Duration.ofSeconds(60));

        assertThat(outcome.exitCode()).isEqualTo(4);
        assertThat(outcome.timedOut()).isFalse();
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.lastLines()).containsExactly("hello from shale", "to-stderr", "last");
        assertThat(Files.readString(dir.resolve("where.txt")).strip()).isEqualTo(dir.toRealPath().toString());
    }

    @Test
    void run_keepsShalesOwnEnvironment() throws Exception {
        String path = System.getenv("PATH");
        assumeTrue(path != null, "PATH is set");

        ShellCommand.Outcome outcome = run("echo \"$PATH\"", Map.of(), Duration.ofSeconds(60));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.lastLines()).containsExactly(path);
    }

    @Test
    void run_closesStandardInput_soACommandReadingItEndsAtOnce() throws Exception {
        ShellCommand.Outcome outcome = run("cat; echo read-to-end", Map.of(), Duration.ofSeconds(60));

        assertThat(outcome.timedOut()).isFalse();
        assertThat(outcome.lastLines()).containsExactly("read-to-end");
    }

    @Test
    void run_pastTheTimeout_stopsTheCommandAndTheProcessesItStarted() throws Exception {
        ShellCommand.Outcome outcome = run("sleep 300 & echo $! > child.pid; echo started; wait", Map.of(),
                Duration.ofSeconds(2));

        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.lastLines()).containsExactly("started");
        long child = Long.parseLong(Files.readString(dir.resolve("child.pid")).strip());
        ProcessHandle.of(child).ifPresent(h -> h.onExit().join());
        assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).as("the child `sleep 300`").isEmpty();
    }
}
