package io.shale.run;

import io.shale.dialect.Blocker;
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

    /**
     * A statement of {@code migration} has waited {@code waited} for locks that {@code blockers} hold
     * (a {@code CREATE INDEX CONCURRENTLY} waiting for old transactions, say); told every few seconds
     * while it waits. Called from the run's observer thread, not the one running the migration.
     */
    default void statementWaiting(Migration migration, Duration waited, List<Blocker> blockers) {
    }

    /**
     * A statement of {@code migration} gave up waiting for a table lock ({@code lock-wait:}); what it did
     * was rolled back (or, where DDL is not transactional, the statement took no effect), and it is
     * retried after {@code backoff}: retry {@code retry} of {@code retries}. {@code blockers} are the
     * sessions seen holding the lock (empty when they were gone before they could be named).
     */
    default void retryingAfterLockWait(Migration migration, int retry, int retries, Duration backoff,
                                       List<Blocker> blockers) {
    }
}
