package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.ArrayList;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input a user can cause: each gets a message naming what and where, a hint, a documented
 * exit code, and changes nothing.
 */
class CliBadInputTest {
    private static final String SECRET = "s3cret-Pa55";

    @TempDir
    Path dir;

    private Cli cli;
    private Path migrations;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir);
        migrations = Files.createDirectories(dir.resolve("db/migrations"));
        config("database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\n");
        Files.writeString(migrations.resolve("0001_a.sql"), "-- migrate:up\nCREATE TABLE a (id integer);\n"
                + "-- migrate:down\nDROP TABLE a;\n");
        assertThat(cli.run("hash").exit()).isZero();
    }

    private void config(String yaml) throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), yaml);
    }

    private Cli.Run expectFailure(int exit, String code, String... args) {
        Cli.Run r = cli.run(args);
        assertThat(r.exit()).as(r.all()).isEqualTo(exit);
        assertThat(r.err()).contains("error: ").contains("code: " + code).contains("hint: ");
        assertThat(r.all()).doesNotContain(SECRET);
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"upgrade", "status", "reset", "squash", "dev start"})
    void everyCommandAnswersHelp_asTheUsageHintSays(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        Cli.Run r = cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("Usage: shale " + command).contains("--help");

        Cli.Run wrong = cli.run(command.split(" ")[0], "--no-such-option");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("shale " + command.split(" ")[0] + " --help");
    }

    @Test
    void invalidYaml() throws Exception {
        config("database:\n  url: [unclosed\n");
        Cli.Run r = expectFailure(3, "CONFIG_INVALID_YAML", "status");
        assertThat(r.err()).contains("shale.yaml");
    }

    @Test
    void unknownKey_suggestsTheClosest() throws Exception {
        config("migratons: db/migrations\n");
        Cli.Run r = expectFailure(3, "CONFIG_UNKNOWN_KEY", "status");
        assertThat(r.err()).contains("migratons").contains("migrations");
    }

    @Test
    void unsetVariable_namesIt() throws Exception {
        config("database:\n  url: jdbc:postgresql://localhost/${APP_DB}\n");
        Cli.Run r = expectFailure(3, "CONFIG_UNRESOLVED_VARIABLE", "status");
        assertThat(r.err()).contains("APP_DB");
    }

    @Test
    void missingMigrationsFolder() throws Exception {
        config("database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\nmigrations: nowhere\n");
        expectFailure(4, "MIGRATIONS_DIR_MISSING", "upgrade");
    }

    @Test
    void fileWithoutUpSection_namesTheFile() throws Exception {
        Files.writeString(migrations.resolve("0002_b.sql"), "CREATE TABLE b (id integer);\n");
        Cli.Run r = expectFailure(4, "MIGRATION_NO_UP_SECTION", "upgrade");
        assertThat(r.err()).contains("0002_b.sql");
        assertThat(dir.resolve("app.db")).doesNotExist();
    }

    @Test
    void twoUpSections() throws Exception {
        Files.writeString(migrations.resolve("0002_b.sql"), "-- migrate:up\nSELECT 1;\n-- migrate:up\nSELECT 2;\n");
        expectFailure(4, "MIGRATION_DUPLICATE_SECTION", "upgrade");
    }

    @Test
    void unknownDirective() throws Exception {
        Files.writeString(migrations.resolve("0002_b.sql"), "-- shale:no-transactoin\n-- migrate:up\nSELECT 1;\n");
        Cli.Run r = expectFailure(4, "MIGRATION_UNKNOWN_DIRECTIVE", "upgrade");
        assertThat(r.err()).contains("no-transaction");
    }

    @Test
    void twoFilesWithTheSameNumber() throws Exception {
        Files.writeString(migrations.resolve("0001_b.sql"), "-- migrate:up\nSELECT 1;\n");
        Cli.Run r = expectFailure(4, "MIGRATION_DUPLICATE_VERSION", "upgrade");
        assertThat(r.err()).contains("0001_a.sql").contains("0001_b.sql");
    }

    @Test
    void badFileName() throws Exception {
        Files.writeString(migrations.resolve("add_users.sql"), "-- migrate:up\nSELECT 1;\n");
        expectFailure(4, "MIGRATION_BAD_NAME", "upgrade");
    }

    @Test
    void sumFileOutOfDate() throws Exception {
        Files.writeString(migrations.resolve("0002_b.sql"), "-- migrate:up\nCREATE TABLE b (id integer);\n");
        expectFailure(4, "SUM_FILE_MISMATCH", "upgrade");
        assertThat(cli.run("status", "--json").out()).contains("\"currentVersion\" : 0");
    }

    @Test
    void editedAppliedMigration() throws Exception {
        assertThat(cli.run("upgrade").exit()).isZero();
        Files.writeString(migrations.resolve("0001_a.sql"), "-- migrate:up\nCREATE TABLE a (id integer, x text);\n");
        cli.run("hash");
        Cli.Run r = expectFailure(6, "CHECKSUM_MISMATCH", "upgrade");
        assertThat(r.err()).contains("0001_a.sql");
        assertThat(cli.run("validate").exit()).isEqualTo(1);
    }

    @Test
    void deletedAppliedMigration() throws Exception {
        Files.writeString(migrations.resolve("0002_b.sql"), "-- migrate:up\nCREATE TABLE b (id integer);\n");
        cli.run("hash");
        assertThat(cli.run("upgrade").exit()).isZero();
        Files.delete(migrations.resolve("0001_a.sql"));
        cli.run("hash");
        expectFailure(6, "APPLIED_MIGRATION_MISSING", "upgrade");
    }

    @Test
    void databaseAheadOfTheFiles() throws Exception {
        Files.writeString(migrations.resolve("0002_b.sql"), "-- migrate:up\nCREATE TABLE b (id integer);\n");
        cli.run("hash");
        assertThat(cli.run("upgrade").exit()).isZero();
        Files.delete(migrations.resolve("0002_b.sql"));
        cli.run("hash");
        expectFailure(6, "DATABASE_AHEAD", "upgrade");
    }

    @Test
    void unreachableHost_neverShowsThePassword() throws Exception {
        config("database:\n  url: jdbc:postgresql://127.0.0.1:1/app?connectTimeout=2\n  user: app\n"
                + "  password: ${DB_PASSWORD}\n");
        cli.env("DB_PASSWORD", SECRET);
        Cli.Run r = expectFailure(5, "DB_UNREACHABLE", "upgrade");
        assertThat(r.err()).contains("127.0.0.1:1");
    }

    @Test
    void wrongPassword_neverShowsIt() throws Exception {
        String url = "jdbc:h2:mem:wrongpw_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (var c = java.sql.DriverManager.getConnection(url, "owner", "right")) {
            config("database:\n  url: " + url + "\n  user: owner\n  password: " + SECRET + "\n");
            Cli.Run r = expectFailure(5, "DB_AUTH_FAILED", "status");
            assertThat(r.err()).contains("refused the login");
        }
    }

    @Test
    void passwordInTheUrl_isRedacted() throws Exception {
        config("database:\n  url: jdbc:postgresql://app:" + SECRET + "@127.0.0.1:1/app?connectTimeout=2\n");
        expectFailure(5, "DB_UNREACHABLE", "status");
    }

    @Test
    void unknownFlag() {
        Cli.Run r = cli.run("upgrade", "--too", "3");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--too");
    }
}
