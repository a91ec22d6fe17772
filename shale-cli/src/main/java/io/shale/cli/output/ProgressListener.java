package io.shale.cli.output;

import io.shale.dialect.Blocker;
import io.shale.run.Direction;
import io.shale.run.MigrationListener;
import io.shale.migration.Migration;
import io.shale.migration.MigrationBody;
import io.shale.migration.Section;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>Inside a long file: on a terminal, a migration still running after {@link #FILE_BAR_AFTER} gets a
 * bar of its own ({@code Applying 0002_data.sql}) with its elapsed time, advanced by the line each
 * statement begins on where the file runs one statement per round trip (a file sent whole in one round
 * trip shows its elapsed time only); within a run drawn as one
 * bar, that bar names the line reached instead.
 */
public final class ProgressListener implements MigrationListener {
    /** Runs shorter than this print lines even on a terminal. */
    private static final int BAR_THRESHOLD = 20;

    /** A migration running longer than this on a terminal gets a bar of its own. */
    public static final Duration FILE_BAR_AFTER = Duration.ofSeconds(2);

    private final PrintWriter out;
    private final boolean terminal;
    private ProgressBar bar;
    private ProgressBar stepBar;
    private final Consumer<String> bars;
    private final Duration fileBarAfter;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> pendingFileBar;
    private Migration running;
    private Direction runningDirection;
    private ProgressBar fileBar;
    private int fileFirstLine;
    private long fileLines;

    public ProgressListener(PrintWriter out, boolean terminal) {
        this(out, terminal, null);
    }

    /**
     * @param bars where each drawing of a bar goes, or null for the process's standard error (where the
     *             library draws, redrawing the line in place)
     */
    public ProgressListener(PrintWriter out, boolean terminal, Consumer<String> bars) {
        this(out, terminal, bars, FILE_BAR_AFTER);
    }

    /** {@code fileBarAfter}: how long a migration runs before it gets a bar of its own. */
    ProgressListener(PrintWriter out, boolean terminal, Consumer<String> bars, Duration fileBarAfter) {
        this.out = out;
        this.terminal = terminal;
        this.bars = bars;
        this.fileBarAfter = fileBarAfter;
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
    public synchronized void started(Direction direction, Migration migration) {
        running = migration;
        runningDirection = direction;
        if (bar != null) {
            bar.setExtraMessage(migration.script());
            return;
        }
        if (terminal) {
            if (timer == null) {
                timer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "shale-file-progress");
                    t.setDaemon(true);
                    return t;
                });
            }
            pendingFileBar = timer.schedule(() -> openFileBar(migration), fileBarAfter.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** On the timer's thread: the migration still runs, so it gets a bar over the lines of its section. */
    private synchronized void openFileBar(Migration migration) {
        if (running != migration || fileBar != null) {
            return;
        }
        long lines = -1;
        if (migration.body() instanceof MigrationBody.Sql sql) {
            Section section = runningDirection == Direction.UP ? Section.UP : Section.DOWN;
            fileFirstLine = sql.firstLine(section);
            try {
                String text = sql.text(section);
                lines = text == null ? -1 : text.lines().count();
            } catch (RuntimeException e) {
                lines = -1; // the file went away or changed: the run itself will say so
            }
        }
        fileLines = lines;
        // Without a count until a statement reports its line: a file sent whole in one round trip shows
        // only its elapsed time, not a bar stuck at zero.
        fileBar = bar((runningDirection == Direction.UP ? "Applying " : "Reverting ") + migration.script(), -1);
    }

    @Override
    public synchronized void statementFinished(Migration migration, Direction direction, int line) {
        if (fileBar != null && migration == running) {
            if (fileBar.getMax() <= 0 && fileLines > 0) {
                fileBar.maxHint(fileLines);
            }
            fileBar.stepTo(Math.max(0, line - fileFirstLine + 1));
            fileBar.setExtraMessage("line " + line);
        } else if (bar != null) {
            bar.setExtraMessage(migration.script() + " line " + line);
        }
    }

    private synchronized void closeFileBar() {
        running = null;
        if (pendingFileBar != null) {
            pendingFileBar.cancel(false);
            pendingFileBar = null;
        }
        if (fileBar != null) {
            if (fileBar.getMax() > 0) {
                fileBar.stepTo(fileBar.getMax());
            }
            fileBar.close();
            fileBar = null;
        }
    }

    @Override
    public void finished(Direction direction, Migration migration, Duration took) {
        closeFileBar();
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
        closeFileBar();
        synchronized (this) {
            if (timer != null) {
                timer.shutdownNow();
                timer = null;
            }
        }
        closeStep();
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
