package io.shale.cli.output;

import io.shale.dialect.Blocker;
import io.shale.run.Direction;
import io.shale.run.MigrationListener;
import io.shale.migration.Migration;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a run as it happens: a progress bar on a terminal for long runs, otherwise one line per
 * migration (what logs and CI want). The phases of clear, reset, squash and verify (tables emptied,
 * reference rows restored, a baseline proved, migrations verified) are drawn as a bar of their own on
 * a terminal and left out elsewhere: their result says what they did.
 */
public final class ProgressListener implements MigrationListener {
    /** Runs shorter than this print lines even on a terminal. */
    private static final int BAR_THRESHOLD = 20;

    private final PrintWriter out;
    private final boolean terminal;
    private ProgressBar bar;
    private ProgressBar stepBar;
    private final Consumer<String> bars;

    public ProgressListener(PrintWriter out, boolean terminal) {
        this(out, terminal, null);
    }

    /**
     * @param bars where each drawing of a bar goes, or null for the process's standard error (where the
     *             library draws, redrawing the line in place)
     */
    public ProgressListener(PrintWriter out, boolean terminal, Consumer<String> bars) {
        this.out = out;
        this.terminal = terminal;
        this.bars = bars;
    }

    @Override
    public void waitingForLock(String holder) {
        out.println("Waiting for the migration lock, held by " + holder + " ...");
        out.flush();
    }

    @Override
    public void warning(String message) {
        out.println("Warning: " + message);
        out.flush();
    }

    @Override
    public void planned(Direction direction, List<Migration> migrations) {
        if (terminal && migrations.size() >= BAR_THRESHOLD) {
            bar = bar(direction == Direction.UP ? "Upgrading" : "Downgrading", migrations.size());
        }
    }

    @Override
    public void started(Direction direction, Migration migration) {
        if (bar != null) {
            bar.setExtraMessage(migration.script());
        }
    }

    @Override
    public void finished(Direction direction, Migration migration, Duration took) {
        if (bar != null) {
            bar.step();
            return;
        }
        out.println((direction == Direction.UP ? "  applied  " : "  reverted ") + migration.script() + " ("
                + took.toMillis() + " ms)");
        out.flush();
    }

    /** Called from the run's observer thread: one line per report, every few seconds of a long wait. */
    @Override
    public void statementWaiting(Migration migration, Duration waited, List<Blocker> blockers) {
        out.println(waitingLine(migration, waited, blockers));
        out.flush();
    }

    @Override
    public void retryingAfterLockWait(Migration migration, int retry, int retries, Duration backoff,
                                      List<Blocker> blockers) {
        out.println(retryLine(migration, retry, retries, backoff, blockers));
        out.flush();
    }

    /** {@code   waiting  0003_index.sql for 10 s, blocked by pid 4242 (psql, idle in transaction since ...)}. */
    public static String waitingLine(Migration migration, Duration waited, List<Blocker> blockers) {
        return "  waiting  " + migration.script() + " for " + waited.toSeconds() + " s, blocked by " + names(blockers);
    }

    /** {@code   retrying 0002_add_note.sql (1/10) in 500 ms: lock-wait ran out, blocked by pid 4242 (...)}. */
    public static String retryLine(Migration migration, int retry, int retries, Duration backoff,
                                   List<Blocker> blockers) {
        return "  retrying " + migration.script() + " (" + retry + "/" + retries + ") in " + backoff.toMillis()
                + " ms: lock-wait ran out, blocked by " + names(blockers);
    }

    private static String names(List<Blocker> blockers) {
        return blockers.isEmpty() ? "a session that ended before it could be named"
                : String.join(", ", blockers.stream().map(Blocker::describe).toList());
    }

    @Override
    public void stepStarted(String what, long total) {
        closeStep();
        if (terminal && total > 0) {
            stepBar = bar(what, total);
        }
    }

    @Override
    public void stepProgress(long done, String current) {
        if (stepBar != null) {
            stepBar.stepTo(done);
            if (current != null) {
                stepBar.setExtraMessage(current);
            }
        }
    }

    @Override
    public void stepFinished() {
        closeStep();
    }

    private ProgressBar bar(String task, long max) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100).continuousUpdate();
        if (bars != null) {
            builder.setConsumer(new DelegatingProgressBarConsumer(bars));
        }
        return builder.build();
    }

    private void closeStep() {
        if (stepBar != null) {
            stepBar.close();
            stepBar = null;
        }
    }

    /** Closes the bars, if any were drawn (also those of a phase that a failure cut short). */
    public void done() {
        closeStep();
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
