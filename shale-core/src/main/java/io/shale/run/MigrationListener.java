package io.shale.run;

import io.shale.migration.Migration;
import java.time.Duration;
import java.util.List;

/**
 * Told what a run does as it happens, so a front end can draw a progress bar or print a line per
 * migration. Every method has an empty default; implementations must not throw.
 */
public interface MigrationListener {
    MigrationListener NONE = new MigrationListener() {
    };

    /** The lock is busy; {@code holder} says who has it where the engine tells. */
    default void waitingForLock(String holder) {
    }

    /** The migrations about to run, in order. */
    default void planned(Direction direction, List<Migration> migrations) {
    }

    default void started(Direction direction, Migration migration) {
    }

    default void finished(Direction direction, Migration migration, Duration took) {
    }

    /** Something the user should know before the work goes on (a purge through unindexed foreign keys). */
    default void warning(String message) {
    }
}
