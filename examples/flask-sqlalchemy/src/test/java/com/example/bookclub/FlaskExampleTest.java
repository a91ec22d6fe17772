package com.example.bookclub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shale.cli.Main;
import io.shale.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through on a copy of the example (the checkout stays clean): the committed
 * migration builds the models; after a model changes, {@code diff} and {@code generate} produce the
 * change, {@code upgrade} applies it and {@code downgrade} reverts it. Shale runs in-process through
 * its CLI; the models come from {@code models.command}, which runs the application's own
 * SQLAlchemy {@code create_all} with Debian's {@code /usr/bin/python3}.
 */
class FlaskExampleTest {
    private static final Path EXAMPLE = Path.of("").toAbsolutePath();
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeAll
    static void debianPythonWithFlaskSqlAlchemy() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON));
        if (present) {
            Process p = new ProcessBuilder(PYTHON, "-c", "import flask_sqlalchemy, psycopg2")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            present = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        }
        assumeTrue(present, PYTHON + " cannot import flask_sqlalchemy and psycopg2: install Debian's "
                + "python3-flask-sqlalchemy and python3-psycopg2 (.ci/run does)");
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

    private Run ok(Path project, String... args) {
        Run run = shale(project, args);
        assertThat(run.exit()).as("shale " + String.join(" ", args) + "\n" + run.all()).isZero();
        return run;
    }

    @Test
    void changedModel_isDiffedGeneratedUpgradedAndDowngraded() throws Exception {
        Path project = copyOfTheExample();

        ok(project, "upgrade");
        assertThat(ok(project, "diff").out()).as("the committed migration builds the models").contains("No differences");

        Path models = project.resolve("bookclub/models.py");
        String role = "    role = db.Column(db.Enum(Role, name=\"member_role\"), nullable=False, default=Role.member)\n";
        assertThat(Files.readString(models)).contains(role);
        Files.writeString(models, Files.readString(models).replace(role,
                role + "    last_login = db.Column(db.DateTime(timezone=True), nullable=True)\n"));

        assertThat(ok(project, "diff").out())
                .contains("ALTER TABLE public.member ADD COLUMN last_login timestamp with time zone;");

        ok(project, "generate", "-m", "add last login");
        Path migration = project.resolve("db/migrations/0002_add_last_login.sql");
        assertThat(Files.readString(migration)).contains(
                "-- migrate:up\nALTER TABLE public.member ADD COLUMN last_login timestamp with time zone;",
                "-- migrate:down\nALTER TABLE public.member DROP COLUMN last_login;");
        assertThat(ok(project, "diff").out()).as("the migrations now build the models").contains("No differences");

        ok(project, "upgrade");
        assertThat(ok(project, "status").out()).contains("Version:   2");
        assertThat(ok(project, "diff", "--from", "database", "--to", "models").out())
                .as("the database has the new column").contains("No differences");

        ok(project, "downgrade", "--yes");
        assertThat(ok(project, "status").out()).contains("Version:   1");
        assertThat(ok(project, "diff", "--from", "database", "--to", "models").out())
                .as("the column is gone again").contains("ADD COLUMN last_login");
    }

    @Test
    void brokenModel_failsWithTheCommandItsExitCodeAndPythonsError() throws Exception {
        Path project = copyOfTheExample();
        Path models = project.resolve("bookclub/models.py");
        Files.writeString(models, Files.readString(models) + "\nraise RuntimeError(\"models.py is broken\")\n");

        Run diff = shale(project, "diff");

        assertThat(diff.exit()).as(diff.all()).isEqualTo(7);
        assertThat(diff.err()).contains("models.command `" + PYTHON + " -m bookclub.create_schema`",
                "exit code 1", "RuntimeError: models.py is broken", "MODELS_COMMAND_FAILED");
    }

    /** The example as the checkout has it, without what running it leaves behind. */
    private Path copyOfTheExample() throws IOException {
        Path project = dir.resolve("flask-sqlalchemy");
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path from : files.toList()) {
                Path relative = EXAMPLE.relativize(from);
                String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
                if (List.of("target", ".shale", "src").contains(first) || relative.toString().contains("__pycache__")) {
                    continue;
                }
                Path to = project.resolve(relative.toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return project;
    }
}
