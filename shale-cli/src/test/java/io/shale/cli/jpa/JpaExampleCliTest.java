package io.shale.cli.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.cli.Main;
import io.shale.cli.Terminal;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code examples/jpa} project as its README runs it: compile the entities, then
 * {@code shale generate -m init} against the embedded PostgreSQL, then upgrade.
 */
class JpaExampleCliTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "jpa").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Run shale(Path project, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("-C", project.toString()));
        all.addAll(List.of(args));
        int exit = Main.run(all.toArray(String[]::new), dir, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true), Terminal.NONE);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void generate_writesTheMigrationOfTheExampleEntities_andUpgradeAppliesIt() throws Exception {
        Path project = dir.resolve("jpa");
        Files.createDirectories(project.resolve("db/migrations"));
        Files.copy(EXAMPLE.resolve("shale.yaml"), project.resolve("shale.yaml"));
        Files.copy(EXAMPLE.resolve("db/migrations/shale.sum"), project.resolve("db/migrations/shale.sum"));
        compile(EXAMPLE.resolve("src/main/java"), project.resolve("target/classes"));

        Run generate = shale(project, "generate", "-m", "init");
        assertThat(generate.exit()).as(generate.all()).isZero();
        Path migration = project.resolve("db/migrations/0001_init.sql");
        assertThat(Files.readString(migration)).contains("CREATE TABLE public.books", "CREATE TABLE public.book_authors",
                "CONSTRAINT uk_books_isbn UNIQUE (isbn)", "CREATE INDEX ix_books_title", "CREATE SEQUENCE public.coupons_seq");

        Run upgrade = shale(project, "upgrade");
        assertThat(upgrade.exit()).as(upgrade.all()).isZero();
    }

    /** Hibernate's CHECKs for @Enumerated(STRING) read back differently after a second round trip: no false drift. */
    @Test
    void generateInit_upgrade_checkDrift_passesOnTheFirstMigration() throws Exception {
        Path project = dir.resolve("jpa");
        Files.createDirectories(project.resolve("db/migrations"));
        Files.copy(EXAMPLE.resolve("shale.yaml"), project.resolve("shale.yaml"));
        Files.copy(EXAMPLE.resolve("db/migrations/shale.sum"), project.resolve("db/migrations/shale.sum"));
        compile(EXAMPLE.resolve("src/main/java"), project.resolve("target/classes"));

        Run generate = shale(project, "generate", "-m", "init");
        assertThat(generate.exit()).as(generate.all()).isZero();
        assertThat(Files.readString(project.resolve("db/migrations/0001_init.sql"))).doesNotContain("-- WARNING");
        assertThat(shale(project, "upgrade").exit()).isZero();

        Run drift = shale(project, "check", "--drift");
        assertThat(drift.exit()).as(drift.all()).isZero();
        assertThat(drift.all()).doesNotContain("MODELS_DRIFT");
        Run again = shale(project, "generate", "-m", "again");
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes");
    }

    @Test
    void generate_withoutCompiledEntities_saysToCompileThem() throws Exception {
        Path project = dir.resolve("jpa");
        Files.createDirectories(project.resolve("db/migrations"));
        // An in-memory H2 database keeps this failure fast: no embedded PostgreSQL starts.
        Files.writeString(project.resolve("shale.yaml"), "database: { url: 'jdbc:h2:mem:jpa_cli' }\n"
                + Files.readString(EXAMPLE.resolve("shale.yaml")));
        Files.copy(EXAMPLE.resolve("db/migrations/shale.sum"), project.resolve("db/migrations/shale.sum"));

        Run generate = shale(project, "generate", "-m", "init");
        assertThat(generate.exit()).isNotZero();
        assertThat(generate.err()).contains("target/classes", "does not exist", "mvn compile");
    }

    /** What {@code mvn compile} does for the example: the entities need only Jakarta Persistence. */
    private static void compile(Path sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<String> files;
        try (Stream<Path> paths = Files.walk(sources)) {
            files = paths.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        String persistenceApi;
        try {
            persistenceApi = Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", persistenceApi, "--release", "17"));
        args.addAll(files);
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit").isZero();
    }
}
