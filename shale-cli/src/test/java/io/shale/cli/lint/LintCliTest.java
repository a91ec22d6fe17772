package io.shale.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.ShaleCommand;
import io.shale.cli.Terminal;
import io.shale.cli.command.LintCli;
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

/** {@code shale lint} on a SQLite project, in-process, in its three formats. */
class LintCliTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    /** Runs {@code shale lint ...} as Main does, with the lint subcommand added to the top-level command. */
    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CliEnvironment env = new CliEnvironment(dir, Map.of(), o, e, Terminal.NONE);
        CommandLine cli = new CommandLine(new ShaleCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                try {
                    return cls.getDeclaredConstructor(CliEnvironment.class).newInstance(env);
                } catch (NoSuchMethodException noEnv) {
                    return CommandLine.defaultFactory().create(cls);
                }
            }
        });
        if (!cli.getSubcommands().containsKey("lint")) {
            cli.addSubcommand("lint", new LintCli(env));
        }
        cli.setOut(o);
        cli.setErr(e);
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            e.println(ex.getMessage());
            return ex instanceof ShaleException se ? ExitCodes.of(se.code().category()) : ExitCodes.INTERNAL;
        });
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("shale.yaml"), "database:\n  url: jdbc:sqlite:" + dir.resolve("app.db") + "\n");
        Path m = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(m.resolve("0001_init.sql"), "-- migrate:up\nCREATE TABLE users (id INTEGER PRIMARY KEY, "
                + "email TEXT);\n-- migrate:down\nDROP TABLE users;\n");
        Files.writeString(m.resolve("0002_nick.sql"), "-- migrate:up\nALTER TABLE users ADD COLUMN nick TEXT NOT NULL;\n");
        Files.writeString(m.resolve("0003_clean.sql"), "-- migrate:up\nDELETE FROM users;\n");
    }

    @Test
    void text_listsEveryFinding_andExitsOneOnAnError() {
        Run r = run("lint");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(r.out()).contains(Path.of("db/migrations/0002_nick.sql") + ":2: MF101 error: adds NOT NULL column "
                + "users.nick without a default", "  hint: add the column with a DEFAULT",
                "0003_clean.sql:2: DS105 warning", "3 file(s) linted: 1 error(s), 1 warning(s)");
    }

    @Test
    void filesArgument_lintsOnlyThoseFiles_warningsExitZero() {
        Run r = run("lint", "db/migrations/0003_clean.sql");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("DS105").doesNotContain("MF101").contains("1 file(s) linted");
    }

    @Test
    void json_andGithubFormats() {
        Run json = run("lint", "--format", "json");
        assertThat(json.out()).contains("\"code\": \"MF101\"", "\"errors\": 1", "\"warnings\": 1");
        Run github = run("lint", "--format", "github");
        assertThat(github.out()).contains("::error file=" + Path.of("db/migrations/0002_nick.sql") + ",line=2,title=MF101::");
    }

    @Test
    void badFormat_orUnknownOptInCode_isAUsageError() {
        assertThat(run("lint", "--format", "xml").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("lint", "--enable", "DS101").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("lint", "--enable", "pg311").exit()).isEqualTo(ExitCodes.CHECK_FAILED);
    }
}
