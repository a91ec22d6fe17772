package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.embedded.DevServer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared embedded PostgreSQL does not outlive the build: JVMs using it at the same time share it,
 * the last one to exit stops it, and the next JVM starts it again on the same data folder and finds the
 * template there. The server writes to its log file, never to the streams of the JVM that started it.
 * Runs on a state folder of its own, so no other fork of this build keeps the server alive.
 */
class ServerLifetimeTest {

    @Test
    void lastJvmToExitStopsTheServer_andTheNextRestartsItWithItsTemplates(@TempDir Path state) throws Exception {
        Path data = state.resolve("postgres");
        try {
            Process first = ForkSharingTest.fork(Path.of(Shop.PROJECT), state.toString());
            Process second = ForkSharingTest.fork(Path.of(Shop.PROJECT), state.toString());
            String[] one = ForkSharingTest.outputLines(first);
            String[] two = ForkSharingTest.outputLines(second);

            assertThat(field(one[0], "pid")).as("both JVMs used the same server").isEqualTo(field(two[0], "pid"));
            long pid = Long.parseLong(field(one[0], "pid"));
            Path log = state.resolve("postgres.log").toRealPath();
            if (!field(one[0], "stdout").equals("?")) {
                assertThat(field(one[0], "stdout")).as("server stdout").isEqualTo(log.toString());
                assertThat(field(one[0], "stderr")).as("server stderr").isEqualTo(log.toString());
            }
            assertThat(data.resolve("postmaster.pid")).as("stopped when the last user exited").doesNotExist();
            assertThat(exited(pid)).as("postmaster " + pid + " exited").isTrue();
            assertThat(java.util.List.of(one[1], two[1])).filteredOn(l -> l.startsWith("built=true")).hasSize(1);

            String[] third = ForkSharingTest.outputLines(ForkSharingTest.fork(Path.of(Shop.PROJECT), state.toString()));

            assertThat(third[1]).startsWith("built=false ").endsWith("version=3");
            assertThat(field(third[1], "template")).isEqualTo(field(one[1], "template"));
            assertThat(field(third[0], "pid")).as("a new server").isNotEqualTo(field(one[0], "pid"));
            assertThat(data.resolve("postmaster.pid")).as("stopped again").doesNotExist();
        } finally {
            DevServer.stop(data);
        }
    }

    /** pg_ctl returns once the pid file is gone; the process itself ends a moment later. */
    private static boolean exited(long pid) throws Exception {
        var process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        try {
            process.get().onExit().get(10, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static String field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + "= in: " + line);
    }
}
