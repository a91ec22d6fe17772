package io.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clear, reset, squash and verify run from a terminal: without {@code --json} their phases are drawn
 * as bars on stderr; with it, stdout is still exactly one JSON document and no bar is drawn. The
 * progress bar library writes to the process's stderr, captured here for the length of a run.
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

    /** @param bars what the progress bar library wrote to the process's stderr */
    private record Run(int exit, String out, String err, String bars) {
    }

    @BeforeEach
    void project() throws Exception {
        CliProjects.lifecycle(dir);
        assertThat(run("hash").exit()).isZero();
        assertThat(run("upgrade").exit()).isZero();
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bars = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(bars, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(args, dir, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), AT_A_TERMINAL);
        } finally {
            System.setErr(original);
        }
        return new Run(exit, out.toString(), err.toString(), bars.toString(StandardCharsets.UTF_8));
    }

    private JsonDoc json(String... args) {
        Run r = run(args);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.bars()).as("no bar under --json").doesNotContain("%");
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
    void clear_onATerminal_drawsEachPhaseOnStderr_andPrintsItsSummaryOnStdout() {
        Run r = run("clear", "--yes");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.bars()).contains("Emptying tables", "Restoring reference rows");
        assertThat(r.out()).contains("Cleared 3 tables").doesNotContain("Emptying tables");
    }

    @Test
    void squash_dryRun_onATerminal_drawsTheProofOnStderr_andLeavesTheBaselineAloneOnStdout() {
        Run r = run("squash", "--dry-run");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.bars()).contains("Replaying the migrations to squash", "Proving the baseline");
        assertThat(r.out()).startsWith("-- Baseline written by `shale squash`").doesNotContain("Proving");
    }
}
