package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --json} on upgrade, downgrade, stamp and repair, on SQLite files: stdout is exactly one
 * document holding the command's result; progress and the named target go to stderr.
 */
class CliJsonMigrationsTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir);
        CliProjects.twoMigrations(dir);
        assertThat(cli.run("hash").exit()).isZero();
    }

    private void migration(String name, String content) throws Exception {
        Files.writeString(dir.resolve("db/migrations").resolve(name), content);
        assertThat(cli.run("hash").exit()).isZero();
    }

    private JsonDoc json(String... args) {
        Cli.Run r = cli.run(args);
        assertThat(r.exit()).as(r.all()).isZero();
        return JsonDoc.parse(r.out());
    }

    @Test
    void upgrade_json_listsTheAppliedMigrations_andKeepsProgressOffStdout() {
        Cli.Run run = cli.run("upgrade", "--json");
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).contains("applied  0001_create_users.sql");
        JsonDoc up = JsonDoc.parse(run.out());
        assertThat(up.at("database.engine")).isEqualTo("sqlite");
        assertThat((String) up.at("database.url")).startsWith("jdbc:sqlite:").endsWith("app.db");
        assertThat(up.at("fromVersion")).isEqualTo(0L);
        assertThat(up.at("toVersion")).isEqualTo(2L);
        assertThat(up.at("dryRun")).isEqualTo(false);
        assertThat(up.at("lock")).isNull();
        assertThat(up.list("applied")).hasSize(2);
        assertThat(up.at("applied.0.version")).isEqualTo(1L);
        assertThat(up.at("applied.0.name")).isEqualTo("create_users");
        assertThat(up.at("applied.1.script")).isEqualTo("0002_add_roles.sql");
        assertThat((Long) up.at("applied.1.executionMs")).isNotNegative();
        assertThat(up.list("script")).isEmpty();

        JsonDoc again = json("upgrade", "--json");
        assertThat(again.list("applied")).isEmpty();
        assertThat(again.at("fromVersion")).isEqualTo(2L);
        assertThat(again.at("toVersion")).isEqualTo(2L);
    }

    @Test
    void upgradeDryRun_json_holdsTheScript_andAppliesNothing() {
        JsonDoc dry = json("upgrade", "--dry-run", "--json");
        assertThat(dry.at("dryRun")).isEqualTo(true);
        assertThat(dry.at("toVersion")).isEqualTo(2L);
        assertThat(dry.list("applied")).isEmpty();
        assertThat(dry.lines("script"))
                .contains("CREATE TABLE users (id integer PRIMARY KEY, name text);", "INSERT INTO shale_history");
        assertThat(json("status", "--json").at("currentVersion")).isEqualTo(0L);
    }

    @Test
    void upgrade_json_namesTheDatabaseWithoutItsPassword() throws Exception {
        String secret = "s3cret-Pa55";
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: \"jdbc:h2:file:" + dir.resolve("h2db")
                + ";USER=sa;PASSWORD=" + secret + "\"\n");
        Cli.Run run = cli.run("upgrade", "--json");
        assertThat(run.exit()).as(run.all()).isZero();
        JsonDoc up = JsonDoc.parse(run.out());
        assertThat(up.at("database.engine")).isEqualTo("h2");
        assertThat(up.at("toVersion")).isEqualTo(2L);
        assertThat(run.out()).doesNotContain(secret);
    }

    @Test
    void downgrade_json_needsYes_andListsTheRevertedMigrations() {
        json("upgrade", "--json");
        Cli.Run refused = cli.run("downgrade", "--json");
        assertThat(refused.exit()).isEqualTo(9);
        assertThat(refused.err()).contains("About to downgrade");
        JsonDoc error = JsonDoc.parse(refused.out());
        assertThat(error.root()).containsOnlyKeys("error");
        assertThat(error.at("error.code")).isEqualTo("CONFIRMATION_REQUIRED");
        assertThat(error.at("error.exit")).isEqualTo(9L);
        assertThat((String) error.at("error.hint")).contains("--yes");

        Cli.Run run = cli.run("downgrade", "--json", "--yes");
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).contains("About to downgrade", "reverted 0002_add_roles.sql");
        JsonDoc down = JsonDoc.parse(run.out());
        assertThat(down.at("database.engine")).isEqualTo("sqlite");
        assertThat(down.at("fromVersion")).isEqualTo(2L);
        assertThat(down.at("toVersion")).isEqualTo(1L);
        assertThat(down.list("reverted")).hasSize(1);
        assertThat(down.at("reverted.0.version")).isEqualTo(2L);
        assertThat(down.at("reverted.0.name")).isEqualTo("add_roles");

        JsonDoc dry = json("downgrade", "--dry-run", "--json", "--to", "0");
        assertThat(dry.at("dryRun")).isEqualTo(true);
        assertThat(dry.at("toVersion")).isEqualTo(0L);
        assertThat(dry.lines("script")).contains("DROP TABLE users;");
    }

    @Test
    void downgrade_json_onATerminal_asksNothing_andRefusesWithoutYes() {
        json("upgrade", "--json");
        List<String> asked = new ArrayList<>();
        Terminal person = new Terminal() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public String ask(String prompt) {
                asked.add(prompt);
                return dir.resolve("app.db").toString();
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"downgrade", "--json"}, dir, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true), person);
        assertThat(exit).as(err.toString()).isEqualTo(9);
        assertThat(asked).isEmpty();
        assertThat(JsonDoc.parse(out.toString()).at("error.code")).isEqualTo("CONFIRMATION_REQUIRED");

        exit = Main.run(new String[] {"downgrade"}, dir, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true), person);
        assertThat(exit).as(err.toString()).isZero();
        assertThat(asked).hasSize(1);
    }

    @Test
    void stamp_json_listsRecordedAndRemovedVersions() {
        JsonDoc stamp = json("stamp", "2", "--json", "--yes");
        assertThat(stamp.at("fromVersion")).isEqualTo(0L);
        assertThat(stamp.at("toVersion")).isEqualTo(2L);
        assertThat(stamp.list("recorded")).containsExactly(1L, 2L);
        assertThat(stamp.list("removed")).isEmpty();

        JsonDoc back = json("stamp", "1", "--json", "--confirm", dir.resolve("app.db").toString());
        assertThat(back.list("recorded")).isEmpty();
        assertThat(back.list("removed")).containsExactly(2L);
    }

    @Test
    void repair_json_reportsTheRealignedChecksums() throws Exception {
        json("upgrade", "--json");
        migration("0001_create_users.sql", "-- migrate:up\nCREATE TABLE users (id integer PRIMARY KEY, name text);\n"
                + "-- reviewed\n-- migrate:down\nDROP TABLE users;\n");

        Cli.Run dryRun = cli.run("repair", "--checksums", "--dry-run", "--json");
        assertThat(dryRun.exit()).as(dryRun.all()).isZero();
        assertThat(dryRun.err()).contains("Edited after it was applied: 0001_create_users.sql");
        JsonDoc dry = JsonDoc.parse(dryRun.out());
        assertThat(dry.at("dryRun")).isEqualTo(true);
        assertThat(dry.at("changed")).isEqualTo(false);
        assertThat(dry.list("failed")).isEmpty();
        assertThat(dry.at("checksumMismatches.0.script")).isEqualTo("0001_create_users.sql");

        JsonDoc repaired = json("repair", "--checksums", "--json", "--yes");
        assertThat(repaired.at("changed")).isEqualTo(true);
        assertThat(repaired.at("checksumMismatches.0.version")).isEqualTo(1L);
        assertThat(repaired.at("checksumMismatches.0.oldChecksum"))
                .isNotEqualTo(repaired.at("checksumMismatches.0.newChecksum"));
        assertThat(json("status", "--json").at("problems")).isEqualTo(false);
    }

    @Test
    void repair_json_reportsTheClearedFailedRecord() throws Exception {
        json("upgrade", "--json");
        migration("0003_half.sql", "-- shale:no-transaction\n-- migrate:up\nCREATE TABLE half (id integer);\n"
                + "INSERT INTO no_such_table VALUES (1);\n");
        Cli.Run failed = cli.run("upgrade", "--json");
        assertThat(failed.exit()).as(failed.all()).isEqualTo(7);
        assertThat(JsonDoc.parse(failed.out()).root()).containsOnlyKeys("error");
        assertThat(JsonDoc.parse(failed.out()).at("error.code")).isEqualTo("MIGRATION_FAILED");

        JsonDoc repaired = json("repair", "--json", "--yes");
        assertThat(repaired.at("changed")).isEqualTo(true);
        assertThat(repaired.at("failed.0.version")).isEqualTo(3L);
        assertThat(repaired.at("failed.0.name")).isEqualTo("half");
        assertThat((String) repaired.at("failed.0.error")).contains("no_such_table");
        assertThat(repaired.list("checksumMismatches")).isEmpty();
    }
}
