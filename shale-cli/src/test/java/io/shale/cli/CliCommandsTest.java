package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command through the real entry point, on SQLite files (no server needed). */
class CliCommandsTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir);
        CliProjects.twoMigrations(dir);
        assertThat(cli.run("hash").exit()).isZero();
    }

    @Test
    void help_listsEveryCommand() {
        Cli.Run r = cli.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("init", "new", "upgrade", "downgrade", "status", "history", "validate", "stamp",
                "repair", "hash", "dev");
    }

    @Test
    void unknownCommand_isAUsageError() {
        Cli.Run r = cli.run("upgrad");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("upgrade");
    }

    @Test
    void upgrade_thenStatusHistoryValidate() {
        Cli.Run up = cli.run("upgrade");
        assertThat(up.exit()).as(up.all()).isZero();
        assertThat(up.out()).contains("applied  0001_create_users.sql").contains("Upgraded from version 0 to 2");
        assertThat(up.out().lines().findFirst()).as("the database is named before the results")
                .hasValueSatisfying(first -> assertThat(first).startsWith("Database: "));

        assertThat(cli.run("upgrade").out()).contains("Nothing to do: the database is at version 2.");

        Cli.Run status = cli.run("status", "--json");
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("\"currentVersion\" : 2").contains("\"upToDate\" : true")
                .contains("\"state\" : \"APPLIED\"").contains("\"engine\" : \"sqlite\"");

        Cli.Run history = cli.run("history", "--json");
        assertThat(history.out()).contains("\"name\" : \"create_users\"").contains("\"success\" : true");

        Cli.Run validate = cli.run("validate");
        assertThat(validate.exit()).as(validate.all()).isZero();
        assertThat(validate.out()).contains("Valid: 2 migrations");
    }

    @Test
    void status_exitCode_isOneWhilePending() {
        assertThat(cli.run("status", "--exit-code").exit()).isEqualTo(1);
        cli.run("upgrade");
        assertThat(cli.run("status", "--exit-code").exit()).isZero();
    }

    @Test
    void globalOptions_workBeforeAndAfterTheCommandName() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve("db/migrations"));
        Files.copy(dir.resolve("shale.yaml"), other.resolve("shale.yaml"));
        Cli root = new Cli(dir.getParent());
        assertThat(root.run("-C", other.toString(), "hash").exit()).isZero();
        assertThat(root.run("-C", other.toString(), "upgrade").out()).contains("Nothing to do");
        assertThat(root.run("upgrade", "-C", dir.toString()).out()).contains("Upgraded from version 0 to 2");
    }

    @Test
    void upgradeDryRun_printsSqlAndAppliesNothing() {
        Cli.Run r = cli.run("upgrade", "--dry-run");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("CREATE TABLE users (id integer PRIMARY KEY, name text);")
                .contains("INSERT INTO shale_history");
        assertThat(cli.run("status", "--json").out()).contains("\"currentVersion\" : 0");
    }

    @Test
    void downgrade_withoutATerminal_needsYesOrConfirm() {
        cli.run("upgrade");
        Cli.Run refused = cli.run("downgrade");
        assertThat(refused.exit()).isEqualTo(9);
        assertThat(refused.err()).contains("CONFIRMATION_REQUIRED").contains("--yes");

        Cli.Run ok = cli.run("downgrade", "--yes");
        assertThat(ok.exit()).as(ok.all()).isZero();
        assertThat(ok.out()).contains("reverted 0002_add_roles.sql").contains("to 1");
    }

    @Test
    void stampAndRepair_takeConfirmationFlags() {
        Cli.Run stamp = cli.run("stamp", "2", "--yes");
        assertThat(stamp.exit()).as(stamp.all()).isZero();
        assertThat(cli.run("status", "--json").out()).contains("\"currentVersion\" : 2");
        Cli.Run repair = cli.run("repair", "--yes");
        assertThat(repair.exit()).isEqualTo(6);
        assertThat(repair.all()).contains("No failed records").contains("NOTHING_TO_REPAIR");
    }

    @Test
    void new_writesTheNextNumberedFileAndUpdatesTheSum() throws Exception {
        Cli.Run r = cli.run("new", "-m", "Add email to users");
        assertThat(r.exit()).as(r.all()).isZero();
        Path file = dir.resolve("db/migrations/0003_add_email_to_users.sql");
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("-- migrate:up").contains("-- migrate:down");
        assertThat(Files.readString(dir.resolve("db/migrations/shale.sum"))).contains("0003_add_email_to_users.sql");
    }

    @Test
    void init_scaffoldsAProject_andRefusesASecondTime() {
        Path fresh = dir.resolve("fresh");
        Cli.Run r = cli.run("init", "-C", fresh.toString());
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(fresh.resolve("shale.yaml")).exists();
        assertThat(fresh.resolve("db/migrations/shale.sum")).exists();
        assertThat(fresh.resolve("db/seeds")).isDirectory();
        Cli.Run again = cli.run("init", "-C", fresh.toString());
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err()).contains("INIT_ALREADY_DONE");
    }
}
