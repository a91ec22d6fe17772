package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --json} on the file and scratch-database commands: init, new, hash, generate, diff, verify, rebase, dev.
 * An H2 project, so that generate, diff and verify build their scratch databases in memory.
 */
class CliJsonToolsTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void project() throws Exception {
        cli = new Cli(dir);
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:h2:mem:clijsontools;DB_CLOSE_DELAY=-1\n"
                + "models:\n  schema: db/schema.sql\n");
        Path migrations = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(migrations.resolve("0001_users.sql"), "-- migrate:up\n"
                + "CREATE TABLE users (id int PRIMARY KEY, name varchar(100));\n-- migrate:down\nDROP TABLE users;\n");
        Files.writeString(dir.resolve("db/schema.sql"),
                "CREATE TABLE users (id int PRIMARY KEY, name varchar(100), email varchar(200));\n");
    }

    private JsonDoc json(String... args) {
        Cli.Run r = cli.run(args);
        assertThat(r.exit()).as(r.all()).isZero();
        return JsonDoc.parse(r.out());
    }

    @Test
    void init_json_namesWhatItCreated() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("fresh"));
        JsonDoc init = JsonDoc.parse(cli.run("init", "-C", "fresh", "--json").out());
        assertThat(init.root()).containsOnlyKeys("config", "migrations", "sumFile", "seeds");
        assertThat(init.at("config")).isEqualTo(Path.of("fresh", "shale.yaml").toString());
        assertThat(init.at("sumFile")).isEqualTo(Path.of("fresh", "db", "migrations", "shale.sum").toString());
        assertThat(init.at("seeds")).isEqualTo(Path.of("fresh", "db", "seeds").toString());
        assertThat(empty.resolve("shale.yaml")).exists();
    }

    @Test
    void new_and_hash_json_nameTheFileAndTheSumFile() {
        JsonDoc hash = json("hash", "--json");
        assertThat(hash.at("migrations.sumFile")).isEqualTo(Path.of("db", "migrations", "shale.sum").toString());
        assertThat(hash.at("migrations.changed")).isEqualTo(true);
        assertThat(hash.at("archive")).isNull();
        assertThat(json("hash", "--json").at("migrations.changed")).isEqualTo(false);

        JsonDoc created = json("new", "-m", "add posts", "--json");
        assertThat(created.at("file")).isEqualTo(Path.of("db", "migrations", "0002_add_posts.sql").toString());
        assertThat(created.at("version")).isEqualTo(2L);
        assertThat(created.at("name")).isEqualTo("add_posts");
        assertThat(dir.resolve("db/migrations/0002_add_posts.sql")).exists();
    }

    @Test
    void generate_json_listsTheStatementsAndTheFileWritten() {
        assertThat(cli.run("hash").exit()).isZero();
        JsonDoc dry = json("generate", "-m", "add email", "--dry-run", "--json");
        assertThat(dry.at("changed")).isEqualTo(true);
        assertThat(dry.at("dryRun")).isEqualTo(true);
        assertThat(dry.at("file")).isNull();
        assertThat(dry.lines("up")).containsIgnoringCase("email");
        assertThat(dry.lines("down")).containsIgnoringCase("email");
        assertThat(dry.list("warnings")).allMatch(String.class::isInstance);
        assertThat(dir.resolve("db/migrations/0002_add_email.sql")).doesNotExist();

        JsonDoc written = json("generate", "-m", "add email", "--json");
        assertThat(written.at("dryRun")).isEqualTo(false);
        assertThat(written.at("file")).isEqualTo(Path.of("db", "migrations", "0002_add_email.sql").toString());
        assertThat(dir.resolve("db/migrations/0002_add_email.sql")).exists();

        JsonDoc none = json("generate", "-m", "nothing", "--json");
        assertThat(none.at("changed")).isEqualTo(false);
        assertThat(none.list("up")).isEmpty();
    }

    @Test
    void diff_json_holdsTheSqlAndWhetherTheSchemasDiffer_exitCodeAsInText() {
        assertThat(cli.run("hash").exit()).isZero();
        JsonDoc diff = json("diff", "--json");
        assertThat(diff.at("from")).isEqualTo("migrations");
        assertThat(diff.at("to")).isEqualTo("models");
        assertThat(diff.at("differs")).isEqualTo(true);
        assertThat((Long) diff.at("changes")).isPositive();
        assertThat(diff.lines("sql")).containsIgnoringCase("email");
        assertThat(diff.list("warnings")).allMatch(String.class::isInstance);

        Cli.Run failing = cli.run("diff", "--exit-code", "--json");
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(JsonDoc.parse(failing.out()).at("differs")).isEqualTo(true);

        JsonDoc same = json("diff", "--from", "models", "--to", "models", "--json");
        assertThat(same.at("differs")).isEqualTo(false);
        assertThat(same.list("sql")).isEmpty();
    }

    @Test
    void verify_json_listsEachMigrationAndTheFirstFailure() throws IOException {
        assertThat(cli.run("hash").exit()).isZero();
        JsonDoc ok = json("verify", "--rows", "3", "--json");
        assertThat(ok.at("ok")).isEqualTo(true);
        assertThat(ok.at("database")).isInstanceOf(String.class);
        assertThat(ok.at("passed.0.version")).isEqualTo(1L);
        assertThat(ok.at("passed.0.script")).isEqualTo("0001_users.sql");
        assertThat(ok.at("passed.0.downVerified")).isEqualTo(true);
        assertThat(ok.map("passed.0.rowsInserted")).isEmpty();
        assertThat(ok.at("failure")).isNull();
        assertThat(ok.list("notes")).allMatch(String.class::isInstance);
        assertThat(ok.list("generatorNotes")).allMatch(String.class::isInstance);

        Files.writeString(dir.resolve("db/migrations/0002_nick.sql"), "-- migrate:up\n"
                + "ALTER TABLE users ADD COLUMN nick varchar(20) NOT NULL;\n-- migrate:down\nALTER TABLE users DROP COLUMN nick;\n");
        assertThat(cli.run("hash").exit()).isZero();
        Cli.Run r = cli.run("verify", "--rows", "3", "--json");
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        JsonDoc failed = JsonDoc.parse(r.out());
        assertThat(failed.at("ok")).isEqualTo(false);
        assertThat(failed.at("failure.version")).isEqualTo(2L);
        assertThat(failed.at("failure.script")).isEqualTo("0002_nick.sql");
        assertThat(failed.at("failure.phase")).isEqualTo("UP");
        assertThat((String) failed.at("failure.message")).contains("0002_nick.sql");
        assertThat(failed.at("failure.databaseError")).isInstanceOf(String.class);
        assertThat(failed.at("failure.table")).isEqualTo("USERS");
        assertThat(failed.at("failure.generatedRows")).isEqualTo(3L);
        assertThat(failed.at("failure.totalRows")).isInstanceOf(Long.class);
        assertThat(failed.list("failure.sampleRows")).isNotEmpty();
        assertThat(failed.list("failure.remaining")).isEmpty();
        assertThat(failed.at("failure.hint")).isInstanceOf(String.class);
    }

    @Test
    void rebase_json_listsTheRenames() throws Exception {
        Git git = new Git(dir);
        git.run("init", "-q", "-b", "main");
        git.run("add", "-A");
        git.run("commit", "-q", "-m", "users");
        git.run("checkout", "-q", "-b", "feature");
        Files.writeString(dir.resolve("db/migrations/0002_posts.sql"), "-- migrate:up\nCREATE TABLE posts (id int);\n");
        git.run("add", "-A");
        git.run("commit", "-q", "-m", "posts");
        git.run("checkout", "-q", "main");
        Files.writeString(dir.resolve("db/migrations/0002_tags.sql"), "-- migrate:up\nCREATE TABLE tags (id int);\n");
        git.run("add", "-A");
        git.run("commit", "-q", "-m", "tags");
        git.run("checkout", "-q", "feature");

        JsonDoc dry = json("rebase", "--dry-run", "--json");
        assertThat(dry.at("onto")).isEqualTo("main");
        assertThat(dry.at("highestOnto")).isEqualTo(2L);
        assertThat(dry.at("dryRun")).isEqualTo(true);
        assertThat(dry.at("renames.0.from")).isEqualTo("0002_posts.sql");
        assertThat(dry.at("renames.0.to")).isEqualTo("0003_posts.sql");
        assertThat(dry.at("sumFileRewritten")).isEqualTo(false);

        JsonDoc done = json("rebase", "--json");
        assertThat(done.at("sumFileRewritten")).isEqualTo(true);
        assertThat(dir.resolve("db/migrations/0003_posts.sql")).exists();
        assertThat(json("rebase", "--json").list("renames")).isEmpty();
    }

    @Test
    void devStatus_json_saysItIsNotRunning_andWhereItsDataLives() {
        JsonDoc status = json("dev", "status", "--json");
        assertThat(status.at("running")).isEqualTo(false);
        assertThat(status.at("dataDirectory")).isInstanceOf(String.class);
        assertThat(status.root()).doesNotContainKey("jdbcUrl");
        Cli.Run exit = cli.run("dev", "status", "--exit-code", "--json");
        assertThat(exit.exit()).isEqualTo(1);
        assertThat(JsonDoc.parse(exit.out()).at("running")).isEqualTo(false);

        JsonDoc stop = json("dev", "stop", "--json");
        assertThat(stop.at("stopped")).isEqualTo(false);
        assertThat(stop.at("running")).isEqualTo(false);
    }

    @Test
    void devStartAndStop_json_nameTheServer_andStopIt() {
        try {
            JsonDoc started = json("dev", "start", "--json");
            assertThat(started.at("running")).isEqualTo(true);
            assertThat(started.at("pid")).isInstanceOf(Long.class);
            long port = (Long) started.at("port");
            assertThat(started.at("jdbcUrl")).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/shale");
            assertThat(started.at("user")).isEqualTo("postgres");
            assertThat(json("dev", "status", "--json").at("port")).isEqualTo(port);
        } finally {
            JsonDoc stopped = json("dev", "stop", "--json");
            assertThat(stopped.at("stopped")).isEqualTo(true);
            assertThat(stopped.at("running")).isEqualTo(false);
        }
    }

    /** git in a folder, with an author set so that commits work on a machine without a git identity. */
    private record Git(Path dir) {
        void run(String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Shale Test",
                    "-c", "user.email=test@shale.invalid", "-c", "commit.gpgsign=false"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(String.join(" ", args) + ": " + output).isZero();
        }
    }
}
