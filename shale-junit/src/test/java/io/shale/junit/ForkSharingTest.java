package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.dialect.JdbcUrls;
import io.shale.migration.MigrationLoader;
import io.shale.migration.SumFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surefire forks share a template: two JVMs started at the same moment on migrations no JVM has seen
 * (a fresh hash) build it exactly once between them, and a third finds it.
 */
class ForkSharingTest {

    @Test
    void twoJvmsAtOnce_buildTheTemplateOnce_andAThirdFindsIt(@TempDir Path project) throws Exception {
        Path migrations = Files.createDirectories(project.resolve("db/migrations"));
        try (var files = Files.list(Path.of(Shop.PROJECT, "db/migrations"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Files.copy(f, migrations.resolve(f.getFileName()));
            }
        }
        Files.writeString(migrations.resolve("0004_unique.sql"), "-- migrate:up\n-- " + UUID.randomUUID()
                + "\nCREATE TABLE audit (id integer PRIMARY KEY);\n-- migrate:down\nDROP TABLE audit;\n");
        Files.writeString(project.resolve("shale.yaml"), "migrations: db/migrations\n");
        SumFile.write(migrations, MigrationLoader.load(migrations, List.of(), getClass().getClassLoader()).migrations());

        Process first = fork(project);
        Process second = fork(project);
        List<String> lines = new ArrayList<>();
        lines.add(output(first));
        lines.add(output(second));

        assertThat(lines).allMatch(l -> l.endsWith("version=4"));
        assertThat(lines).filteredOn(l -> l.startsWith("built=true")).hasSize(1);
        String template = lines.get(0).split(" ")[1];
        assertThat(lines.get(1).split(" ")[1]).isEqualTo(template);
        String adminUrl;
        try (FreshDatabases third = FreshDatabases.open(FreshDatabaseOptions.defaults().withProject(project))) {
            assertThat(third.templateBuilt()).isFalse();
            assertThat("template=" + third.template()).isEqualTo(template);
            try (FreshDatabase db = third.next()) {
                adminUrl = JdbcUrls.replaceDatabase(db.url(), "postgres");
            }
        }
        // this template's files exist only in a temporary folder: no later run can use it
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE " + template.substring("template=".length()) + " WITH (FORCE)");
        }
    }

    static Process fork(Path project, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                ForkMain.class.getName(), project.toString()));
        command.addAll(List.of(more));
        return new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static String output(Process process) throws Exception {
        String[] lines = outputLines(process);
        return lines[lines.length - 1];
    }

    /** The lines a child JVM printed, once it exited with 0 (its stderr goes to this JVM's). */
    static String[] outputLines(Process process) throws Exception {
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String out = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.exitValue()).as("child JVM exit code; output: " + out).isZero();
        return out.split("\n");
    }
}
