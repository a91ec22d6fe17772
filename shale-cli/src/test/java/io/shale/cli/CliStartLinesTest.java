package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees on stderr while an ordinary command starts the embedded PostgreSQL: the CLI's
 * own {@code shale: ...} lines, as the launcher and {@code shale dev start} print them, never a
 * logger's {@code INFO io.shale.embedded - ...}. Runs {@link Main#main} in a JVM of its own, since
 * that is where the process's lines are chosen.
 */
class CliStartLinesTest {
    @TempDir
    Path dir;

    @Test
    void anOrdinaryCommand_printsTheEmbeddedServersStepsAsShaleLines_andKeepsStdoutForItsOutput() throws Exception {
        Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(dir.resolve("db/migrations/0001_create_notes.sql"),
                "-- migrate:up\nCREATE TABLE notes (id int PRIMARY KEY);\n-- migrate:down\nDROP TABLE notes;\n");
        Cli.Run hash = new Cli(dir).run("-C", dir.toString(), "hash");
        assertThat(hash.exit()).as(hash.all()).isZero();
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "-C", dir.toString(), "upgrade", "--json")
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the CLI ended").isTrue();
        String out = Files.readString(stdout);
        String err = Files.readString(stderr);

        assertThat(p.exitValue()).as(out + err).isZero();
        assertThat(err).as(err)
                .containsPattern("(?m)^shale: creating a PostgreSQL \\d+ cluster in ")
                .containsPattern("(?m)^shale: starting PostgreSQL \\d+ on port \\d+")
                .doesNotContain("INFO").doesNotContain("io.shale.embedded");
        assertThat(out).contains("\"toVersion\" : 1");
        assertThat(out.strip()).startsWith("{").endsWith("}").doesNotContain("shale: ");
    }
}
