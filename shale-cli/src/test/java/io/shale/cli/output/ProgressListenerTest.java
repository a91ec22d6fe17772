package io.shale.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** How the phases of clear, reset, squash and verify are shown: a bar on a terminal, nothing elsewhere. */
class ProgressListenerTest {
    private final StringWriter out = new StringWriter();
    private final List<String> drawn = new CopyOnWriteArrayList<>();

    private ProgressListener listener(boolean terminal) {
        return new ProgressListener(new PrintWriter(out, true), terminal, drawn::add);
    }

    @Test
    void phases_withoutATerminal_printNothing() {
        ProgressListener progress = listener(false);

        progress.stepStarted("Emptying tables", 18);
        progress.stepProgress(18, null);
        progress.stepFinished();
        progress.done();

        assertThat(out.toString()).isEmpty();
        assertThat(drawn).isEmpty();
    }

    @Test
    void aPhase_onATerminal_drawsABarNamedAfterIt_filledToItsTotal() {
        ProgressListener progress = listener(true);

        progress.stepStarted("Restoring reference rows", 5);
        progress.stepProgress(2, "countries");
        progress.stepProgress(5, "settings");
        progress.stepFinished();

        assertThat(drawn).isNotEmpty();
        assertThat(drawn.get(drawn.size() - 1)).contains("Restoring reference rows", "5/5", "settings");
        assertThat(out.toString()).as("bars do not go to the command's own output").isEmpty();
    }

    @Test
    void aPhaseCutShort_isClosedByDone_whereItStopped() {
        ProgressListener progress = listener(true);

        progress.stepStarted("Verifying migrations with data", 3);
        progress.stepProgress(1, "0001_init.sql");
        progress.done();

        assertThat(drawn.get(drawn.size() - 1)).contains("Verifying migrations with data", "1/3");
    }

    @Test
    void aPhaseWithNothingToCount_drawsNoBar() {
        ProgressListener progress = listener(true);

        progress.stepStarted("Restoring reference rows", 0);
        progress.stepFinished();

        assertThat(drawn).isEmpty();
    }
}
