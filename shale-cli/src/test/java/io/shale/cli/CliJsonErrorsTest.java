package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.error.ErrorCategory;
import io.shale.error.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code --json} a failure is one document on stdout, {@code {"error":{"code","message","hint","exit"}}},
 * with the exit code the text form gives and nothing on stderr.
 */
class CliJsonErrorsTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void project() throws Exception {
        cli = new Cli(dir);
        CliProjects.twoMigrations(dir);
        assertThat(cli.run("hash").exit()).isZero();
    }

    /** Runs a command expected to fail and reads its error document, checking it against the exit code. */
    private JsonDoc error(int exit, String... args) {
        Cli.Run r = cli.run(args);
        assertThat(r.exit()).as(r.all()).isEqualTo(exit);
        assertThat(r.err()).as("stderr").isEmpty();
        JsonDoc doc = JsonDoc.parse(r.out());
        assertThat(doc.root()).containsOnlyKeys("error");
        assertThat(doc.map("error")).containsOnlyKeys("code", "message", "hint", "exit");
        assertThat(doc.at("error.code")).isInstanceOf(String.class);
        assertThat((String) doc.at("error.message")).isNotBlank();
        assertThat(doc.at("error.exit")).isEqualTo((long) exit);
        return doc;
    }

    @Test
    void aBadConfig_isAnErrorDocumentWithTheConfigExitCode() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db")
                + "\nmigratoins: db/migrations\n");
        Cli.Run text = cli.run("status");
        JsonDoc doc = error(text.exit(), "status", "--json");
        assertThat(text.exit()).isEqualTo(3);
        assertThat(doc.at("error.code")).isEqualTo(ErrorCode.CONFIG_UNKNOWN_KEY.name());
        assertThat(text.err()).contains("code: " + doc.at("error.code"));
        assertThat((String) doc.at("error.message")).contains("migratoins");
        assertThat((String) doc.at("error.hint")).isNotBlank();
    }

    @Test
    void aBadConfig_isJsonOnEveryCommandThatTakesJson_theNewOnesIncluded() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "migratoins: db/migrations\n");
        for (String command : new String[] {"new -m x", "hash", "generate -m x", "diff", "verify", "rebase",
                "dev status", "upgrade", "history", "validate"}) {
            String[] args = (command + " --json").split(" ");
            assertThat(error(3, args).at("error.code")).as(command).isEqualTo(ErrorCode.CONFIG_UNKNOWN_KEY.name());
        }
    }

    @Test
    void init_json_whereAConfigExists_isAnErrorDocument() {
        JsonDoc doc = error(3, "init", "--json");
        assertThat(doc.at("error.code")).isEqualTo(ErrorCode.INIT_ALREADY_DONE.name());
    }

    @Test
    void aUsageError_isAnErrorDocumentWithExitTwo_wherever_json_stands() {
        JsonDoc after = error(2, "upgrade", "--json", "--no-such-flag");
        assertThat(after.at("error.code")).isEqualTo("USAGE");
        assertThat((String) after.at("error.message")).contains("--no-such-flag");
        assertThat((String) after.at("error.hint")).contains("shale upgrade --help");

        assertThat(error(2, "status", "--no-such-flag", "--json").at("error.code")).isEqualTo("USAGE");
        assertThat(error(2, "new", "--json").at("error.message").toString()).contains("--message");
        assertThat(error(2, "no-such-command", "--json").at("error.code")).isEqualTo("USAGE");
        assertThat(error(2, "dev", "--json").at("error.code")).isEqualTo("USAGE");
    }

    @Test
    void aUsageError_withoutJson_staysTextOnStderr() {
        Cli.Run r = cli.run("upgrade", "--no-such-flag");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("error: ", "hint: ");
    }

    @Test
    void aFailingMigration_isAnErrorDocumentWithTheExecutionExitCode() throws Exception {
        Files.writeString(dir.resolve("db/migrations/0003_broken.sql"),
                "-- migrate:up\nCREATE TABLE posts (id integer PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n");
        assertThat(cli.run("hash").exit()).isZero();
        Cli.Run r = cli.run("upgrade", "--json");
        assertThat(r.exit()).as(r.all()).isEqualTo(7);
        JsonDoc doc = JsonDoc.parse(r.out());
        assertThat(doc.root()).containsOnlyKeys("error");
        assertThat(doc.at("error.exit")).isEqualTo(7L);
        ErrorCode code = ErrorCode.valueOf((String) doc.at("error.code"));
        assertThat(code.category()).isEqualTo(ErrorCategory.EXECUTION);
        assertThat((String) doc.at("error.message")).contains("0003_broken.sql", "no_such_table");
        assertThat(doc.at("error.hint")).isInstanceOf(String.class);
    }
}
