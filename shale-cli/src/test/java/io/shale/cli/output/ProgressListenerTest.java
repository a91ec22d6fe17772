package io.shale.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.migration.Migration;
import io.shale.migration.MigrationBody;
import io.shale.run.Direction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
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

    private static Migration dataMigration() {
        String up = "INSERT INTO t VALUES (1);\n".repeat(100);
        return new Migration(2, "data", "0002_data.sql", "0".repeat(64), true,
                new MigrationBody.Sql(Path.of("/nowhere/0002_data.sql").toAbsolutePath(), up, 2, "DELETE FROM t;\n", 103));
    }

    @Test
    void aFileStillRunning_onATerminal_getsABarOfItsOwn_advancedByTheLineOfEachStatement() throws Exception {
        ProgressListener progress = new ProgressListener(new PrintWriter(out, true), true, drawn::add, Duration.ZERO);
        Migration m = dataMigration();

        progress.planned(Direction.UP, List.of(m));
        progress.started(Direction.UP, m);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (drawn.stream().noneMatch(d -> d.contains("Applying 0002_data.sql")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        progress.statementFinished(m, Direction.UP, 51);
        progress.finished(Direction.UP, m, Duration.ofMillis(5));
        progress.done();

        assertThat(drawn).anySatisfy(d -> assertThat(d).contains("Applying 0002_data.sql"));
        assertThat(drawn.get(drawn.size() - 1)).contains("Applying 0002_data.sql", "100/100", "line 51");
        assertThat(out.toString()).isEqualTo("  applied  0002_data.sql (5 ms)" + System.lineSeparator());
    }

    @Test
    void aFileSentWhole_showsItsElapsedTimeWithoutACount() throws Exception {
        ProgressListener progress = new ProgressListener(new PrintWriter(out, true), true, drawn::add, Duration.ZERO);
        Migration m = dataMigration();

        progress.planned(Direction.UP, List.of(m));
        progress.started(Direction.UP, m);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (drawn.stream().noneMatch(d -> d.contains("Applying 0002_data.sql")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        progress.finished(Direction.UP, m, Duration.ofMillis(5));
        progress.done();

        assertThat(drawn).isNotEmpty().allSatisfy(d -> assertThat(d).contains("Applying 0002_data.sql")
                .doesNotContain("/100"));
    }

    @Test
    void aQuickFile_orNoTerminal_drawsNoBar_onlyTheLine() {
        for (boolean terminal : new boolean[] {true, false}) {
            ProgressListener progress = listener(terminal);
            Migration m = dataMigration();

            progress.planned(Direction.UP, List.of(m));
            progress.started(Direction.UP, m);
            progress.statementFinished(m, Direction.UP, 51);
            progress.finished(Direction.UP, m, Duration.ofMillis(5));
            progress.done();
        }

        assertThat(drawn).isEmpty();
        assertThat(out.toString()).isEqualTo(("  applied  0002_data.sql (5 ms)" + System.lineSeparator()).repeat(2));
    }
}
