package io.shale.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.cli.Main;
import io.shale.cli.Terminal;
import java.io.IOException;
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

/** {@code shale check --verify-since}: the CI gate replays the new migrations over generated rows. */
class CheckVerifySinceCliTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, dir, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), Terminal.NONE);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\n");
        Path m = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(m.resolve("0001_users.sql"), "-- migrate:up\nCREATE TABLE users (id integer PRIMARY KEY, "
                + "email varchar(100));\n-- migrate:down\nDROP TABLE users;\n");
        hash();
    }

    /** Passes on an empty table, fails once users holds rows: no lint rule sees it. */
    private void addMigrationThatNeedsData() throws Exception {
        Files.writeString(dir.resolve("db/migrations/0002_copy.sql"), "-- migrate:up\n"
                + "INSERT INTO users (id, email) SELECT id, email FROM users;\n-- migrate:down\nDELETE FROM users;\n");
        hash();
    }

    @Test
    void verifySinceAVersion_failsTheGate_whenANewMigrationFailsWithRows() throws Exception {
        addMigrationThatNeedsData();

        Run plain = run("check");
        assertThat(plain.exit()).as("without --verify-since: %s", plain.out()).isZero();

        Run r = run("check", "--verify-since", "1");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("VERIFY_FAILED").contains("0002_copy.sql").contains("verify (from version 2)")
                .contains("check failed");

        Run nothingNew = run("check", "--verify-since", "2");
        assertThat(nothingNew.exit()).as(nothingNew.out() + nothingNew.err()).isZero();
    }

    @Test
    void addedUniqueIndex_isOnlyAWarningForLint_butAnErrorWhenVerifyMeetsDuplicateRows() throws Exception {
        Files.writeString(dir.resolve("db/migrations/0002_unique_email.sql"), "-- migrate:up\n"
                + "CREATE UNIQUE INDEX users_email ON users (email);\n-- migrate:down\nDROP INDEX users_email;\n");
        hash();

        Run plain = run("check");
        assertThat(plain.exit()).as(plain.out()).isZero();
        assertThat(plain.out()).contains("MF103");

        Run r = run("check", "--verify-since", "1");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("VERIFY_FAILED").contains("0002_unique_email.sql");
    }

    @Test
    void verifySinceAGitRef_verifiesTheMigrationsTheRefDoesNotHold() throws Exception {
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        addMigrationThatNeedsData();

        Run r = run("check", "--verify-since", "main");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("verify (from version 2)").contains("0002_copy.sql");

        Run unknown = run("check", "--verify-since", "no-such-branch");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--verify-since no-such-branch");
    }

    @Test
    void verifySinceInTheConfig_makesPlainCheckVerify_andTheFlagOverridesIt() throws Exception {
        addMigrationThatNeedsData();
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db")
                + "\nverify:\n  since: \"1\"\n");

        Run r = run("check");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("VERIFY_FAILED").contains("0002_copy.sql").contains("verify (from version 2)");

        Run overridden = run("check", "--verify-since", "2");
        assertThat(overridden.exit()).as(overridden.out() + overridden.err()).isZero();
    }

    @Test
    void verifySinceInTheConfig_namingAnUnknownRef_isAConfigurationError() throws Exception {
        git("init", "-q", "-b", "main");
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db")
                + "\nverify:\n  since: no-such-branch\n");

        Run r = run("check");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.err()).contains("verify.since").contains("shale.yaml").contains("no-such-branch")
                .contains("CONFIG_BAD_VALUE");
    }

    private void hash() {
        Run r = run("hash");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t",
                "-c", "commit.gpgsign=false", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", args) + ": " + out).isZero();
    }
}
