package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default database, and connection failures against a real PostgreSQL. */
class CliEmbeddedTest {
    @TempDir
    Path dir;

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (p.toString().contains(".shale")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void quickstart_upgradesTheEmbeddedPostgres_andKeepsItsDataBetweenRuns() throws Exception {
        Path quickstart = Path.of("..", "examples", "quickstart").toAbsolutePath().normalize();
        Path project = dir.resolve("quickstart");
        copyTree(quickstart, project);
        Cli cli = new Cli(dir);

        // A reader who tried the README's generate has more files than the three the example ships.
        long files;
        try (Stream<Path> list = Files.list(project.resolve("db/migrations"))) {
            files = list.filter(p -> p.toString().endsWith(".sql")).count();
        }
        Cli.Run first = cli.run("-C", project.toString(), "upgrade");
        assertThat(first.exit()).as(first.all()).isZero();
        assertThat(files).isGreaterThanOrEqualTo(3);
        assertThat(first.out()).contains("Upgraded from version 0 to " + files);
        assertThat(project.resolve(".shale/postgres")).isDirectory();

        Cli.Run second = cli.run("-C", project.toString(), "status", "--json");
        assertThat(second.exit()).as(second.all()).isZero();
        assertThat(second.out()).contains("\"currentVersion\" : " + files).contains("\"engine\" : \"postgresql\"");
    }

    @Test
    void databaseThatDoesNotExist_isNamed() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            Files.createDirectories(dir.resolve("db/migrations"));
            Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: " + server.jdbcUrl("no_such_db")
                    + "\n  user: " + server.user() + "\n");
            Cli cli = new Cli(dir);
            assertThat(cli.run("hash").exit()).isZero();
            Cli.Run r = cli.run("status");
            assertThat(r.exit()).as(r.all()).isEqualTo(5);
            assertThat(r.err()).contains("DB_NOT_FOUND").contains("no_such_db");
        }
    }
}
