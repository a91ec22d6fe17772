package io.shale.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.Main;
import io.shale.cli.Terminal;
import io.shale.cli.command.VerifyCli;
import io.shale.error.ShaleException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code shale verify} end to end on an H2 project: exit 0 for a clean history, 1 with a readable report otherwise. */
class VerifyCliTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    /**
     * Runs {@code shale verify ARGS} as the subcommand class itself (it is listed in ShaleCommand on merge),
     * with Main's rule for errors; other commands go through {@link Main}.
     */
    private Run verify(String... args) {
        StringWriter out = new StringWriter();
        PrintWriter err = new PrintWriter(out, true);
        CliEnvironment env = new CliEnvironment(dir, Map.of(), new PrintWriter(out, true), err, Terminal.NONE);
        CommandLine cli = new CommandLine(new VerifyCli(env));
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            err.println("error: " + ex.getMessage());
            return ex instanceof ShaleException se ? ExitCodes.of(se.code().category()) : ExitCodes.INTERNAL;
        });
        return new Run(cli.execute(args), out.toString());
    }

    private int main(String... args) {
        StringWriter sink = new StringWriter();
        return Main.run(args, dir, Map.of(), new PrintWriter(sink, true), new PrintWriter(sink, true), Terminal.NONE);
    }

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:h2:mem:verifycli;DB_CLOSE_DELAY=-1\n");
        Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(dir.resolve("db/migrations/0001_users.sql"), "-- migrate:up\n"
                + "CREATE TABLE users (id int PRIMARY KEY, name varchar(100));\n-- migrate:down\nDROP TABLE users;\n");
        Files.writeString(dir.resolve("db/migrations/0002_bio.sql"), "-- migrate:up\n"
                + "ALTER TABLE users ADD COLUMN bio varchar(200);\n-- migrate:down\nALTER TABLE users DROP COLUMN bio;\n");
    }

    @Test
    void verify_exitsZero_whenEveryMigrationPasses() {
        assertThat(main("hash")).isZero();
        Run r = verify("--rows", "5");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("ok    0001_users.sql", "ok    0002_bio.sql", "All 2 migration(s) passed.");
    }

    @Test
    void verify_exitsOne_andNamesTheStatementAndTheRows_whenAMigrationFailsWithData() throws Exception {
        Files.writeString(dir.resolve("db/migrations/0003_nick.sql"), "-- migrate:up\n"
                + "ALTER TABLE users ADD COLUMN nick varchar(20) NOT NULL;\n-- migrate:down\nALTER TABLE users DROP COLUMN nick;\n");
        assertThat(main("hash")).isZero();
        Run r = verify("--from", "2");
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("ok    0002_bio.sql", "FAIL  0003_nick.sql  (up)", "0003_nick.sql line 2",
                "ALTER TABLE users ADD COLUMN nick varchar(20) NOT NULL", "USERS held 40 generated row(s)",
                "1 migration(s) passed; 0003_nick.sql failed.");
        assertThat(r.out()).doesNotContain("ok    0001_users.sql");
    }
}
