package io.shale.maven;

import io.shale.dialect.Blocker;
import io.shale.migration.Migration;
import io.shale.run.Direction;
import io.shale.run.MigrationListener;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** The CLI's progress lines without a terminal (one per migration), through Maven's log. */
final class LogProgress implements MigrationListener {
    private final Log log;

    LogProgress(Log log) {
        this.log = log;
    }

    @Override
    public void waitingForLock(String holder) {
        log.info("Waiting for the migration lock, held by " + holder + " ...");
    }

    @Override
    public void warning(String message) {
        log.warn(message);
    }

    @Override
    public void statementWaiting(Migration migration, Duration waited, List<Blocker> blockers) {
        log.warn("  waiting  " + migration.script() + " for " + waited.toSeconds() + " s, blocked by "
                + describe(blockers));
    }

    @Override
    public void retryingAfterLockWait(Migration migration, int retry, int retries, Duration backoff,
                                      List<Blocker> blockers) {
        log.warn("  retrying " + migration.script() + " (" + retry + "/" + retries + ") in " + backoff.toMillis()
                + " ms: lock-wait ran out, blocked by " + describe(blockers));
    }

    private static String describe(List<Blocker> blockers) {
        return blockers.isEmpty() ? "a session that ended before it could be named"
                : String.join(", ", blockers.stream().map(Blocker::describe).toList());
    }

    @Override
    public void finished(Direction direction, Migration migration, Duration took) {
        log.info((direction == Direction.UP ? "  applied  " : "  reverted ") + migration.script() + " ("
                + took.toMillis() + " ms)");
    }
}
