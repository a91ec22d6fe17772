package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clear, reset, squash and verify, which now tell their phases to the CLI's progress listener: with
 * {@code --json}, even when run from a terminal, stdout is still exactly one JSON document; without it,
 * stdout holds what it held before (the bars themselves are drawn by ProgressListener, see its test).
 */
class CliJsonProgressTest {
    @TempDir
    Path dir;

    /** A person at a terminal who is never asked anything (the runs pass --yes). */
    private static final Terminal AT_A_TERMINAL = new Terminal() {
        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public String ask(String prompt) {
            return null;
        }
    };

    private record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeEach
    void project() throws Exception {
        CliProjects.lifecycle(dir);
        assertThat(run(Terminal.NONE, "hash").exit()).isZero();
        assertThat(run(Terminal.NONE, "upgrade").exit()).isZero();
    }

    private Run run(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, dir, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), terminal);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Runs from a terminal with {@code --json} among {@code args}; stdout must be one JSON document. */
    private JsonDoc json(String... args) {
        Run r = run(AT_A_TERMINAL, args);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        return JsonDoc.parse(r.out());
    }

    @Test
    void clear_json_onATerminal_isOneJsonDocument_andDrawsNoBar() {
        JsonDoc clear = json("clear", "--json", "--yes");
        assertThat(clear.at("restoredRows")).isEqualTo(1L);
    }

    @Test
    void reset_json_onATerminal_isOneJsonDocument_andDrawsNoBar() {
        JsonDoc reset = json("reset", "--json", "--yes");
        assertThat(reset.at("method")).isEqualTo("OBJECTS_DROPPED");
        assertThat(reset.at("upgrade.applied.0.script")).isEqualTo("0001_init.sql");
    }

    @Test
    void squash_json_onATerminal_isOneJsonDocument_andDrawsNoBar() {
        JsonDoc squash = json("squash", "--dry-run", "--json");
        assertThat(squash.at("version")).isEqualTo(1L);
        assertThat(squash.at("rows")).isEqualTo(1L);
    }

    @Test
    void verify_json_onATerminal_isOneJsonDocument_andDrawsNoBar() {
        JsonDoc verify = json("verify", "--rows", "3", "--json");
        assertThat(verify.at("ok")).isEqualTo(true);
        assertThat(verify.at("passed.0.script")).isEqualTo("0001_init.sql");
    }

    @Test
    void clear_withoutATerminal_printsItsSummaryLineAndNoPhase() {
        Run r = run(Terminal.NONE, "clear", "--yes");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("About to clear sqlite database");
        assertThat(lines.get(1)).startsWith("Cleared 3 tables of sqlite database")
                .endsWith("; restored 1 reference rows in 1 tables.");
        assertThat(r.all()).doesNotContain("Emptying tables", "Restoring reference rows");
    }

    @Test
    void squash_dryRun_leavesStdoutToTheBaseline() {
        Run r = run(Terminal.NONE, "squash", "--dry-run");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("-- Baseline written by `shale squash`")
                .doesNotContain("Replaying", "Proving", "applied");
    }
}
