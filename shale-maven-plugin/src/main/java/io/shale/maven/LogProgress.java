package io.shale.maven;

import io.shale.migration.Migration;
import io.shale.run.Direction;
import io.shale.run.MigrationListener;
import java.time.Duration;
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
    public void finished(Direction direction, Migration migration, Duration took) {
        log.info((direction == Direction.UP ? "  applied  " : "  reverted ") + migration.script() + " ("
                + took.toMillis() + " ms)");
    }
}
