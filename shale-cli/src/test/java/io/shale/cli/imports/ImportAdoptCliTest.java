package io.shale.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.ShaleCommand;
import io.shale.cli.Terminal;
import io.shale.cli.command.AdoptCli;
import io.shale.cli.command.ImportCli;
import io.shale.error.ShaleException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code shale import} and {@code shale adopt} as a script runs them, on SQLite. */
class ImportAdoptCliTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    /** Runs like {@code Main.run}, adding the two commands when the top-level list does not name them yet. */
    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(dir, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true),
                Terminal.NONE);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                try {
                    return cls.getConstructor(CliEnvironment.class).newInstance(env);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(cls);
                }
            }
        };
        CommandLine cli = new CommandLine(new ShaleCommand(), factory);
        if (!cli.getSubcommands().containsKey("import")) {
            cli.addSubcommand("import", ImportCli.class);
            cli.addSubcommand("adopt", AdoptCli.class);
        }
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            if (ex instanceof ShaleException se) {
                err.append("error: ").append(se.getMessage()).append('\n');
                return ExitCodes.of(se.code().category());
            }
            throw ex;
        });
        int exit = cli.execute(args);
        return new Run(exit, out + err.toString());
    }

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\n");
        Files.createDirectories(dir.resolve("flyway/sql"));
        Files.writeString(dir.resolve("flyway/sql/V1__create_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(dir.resolve("flyway/sql/V1.1__add_name.sql"), "ALTER TABLE users ADD name TEXT;\n");
        Files.writeString(dir.resolve("flyway/sql/R__view.sql"), "CREATE VIEW v AS SELECT 1;\n");
    }

    @Test
    void import_dryRunWritesNothing_thenImportWritesTheFilesAndTheReport() {
        Run dry = run("import", "--from", "flyway", "flyway/sql", "--dry-run");
        assertThat(dry.exit()).as(dry.out()).isZero();
        assertThat(dry.out()).contains("would write 0002_add_name.sql  <-  V1.1__add_name.sql", "R__view.sql: a repeatable");
        assertThat(dir.resolve("db/migrations")).doesNotExist();

        Run real = run("import", "--from", "flyway", "flyway/sql");
        assertThat(real.exit()).as(real.out()).isZero();
        assertThat(dir.resolve("db/migrations/0001_create_users.sql")).exists();
        assertThat(dir.resolve("db/migrations/shale.sum")).exists();
        assertThat(run("import", "--from", "flyway", "flyway/sql").exit()).isEqualTo(4);
        assertThat(run("import", "--from", "liquibase-xml", "flyway/sql").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void adopt_showsTheMapping_needsConfirmation_thenRecordsTheHistory() throws Exception {
        assertThat(run("import", "--from", "flyway", "flyway/sql").exit()).isZero();
        sql("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)",
                "CREATE TABLE flyway_schema_history (installed_rank INT, version VARCHAR(50), description VARCHAR(200),"
                        + " type VARCHAR(20), script VARCHAR(1000), checksum INT, installed_by VARCHAR(100),"
                        + " installed_on TIMESTAMP, execution_time INT, success BOOLEAN)",
                "INSERT INTO flyway_schema_history VALUES (1, '1', 'create users', 'SQL', 'V1__create_users.sql', 1, 'me',"
                        + " NULL, 5, 1)",
                "INSERT INTO flyway_schema_history VALUES (2, '1.1', 'add name', 'SQL', 'V1.1__add_name.sql', 1, 'me',"
                        + " NULL, 5, 1)");
        Run dry = run("adopt", "--from", "flyway", "--dry-run");
        assertThat(dry.exit()).as(dry.out()).isZero();
        assertThat(dry.out()).contains("flyway 1.1  ->  0002_add_name.sql", "Dry run");
        assertThat(run("adopt", "--from", "flyway").exit()).isEqualTo(9);

        Run adopted = run("adopt", "--from", "flyway", "--yes");
        assertThat(adopted.exit()).as(adopted.out()).isZero();
        assertThat(adopted.out()).contains("recorded 2 migration(s)");
        Run status = run("status", "--exit-code");
        assertThat(status.exit()).as(status.out()).isZero();
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }
}
