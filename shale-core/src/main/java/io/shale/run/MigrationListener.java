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
     * A statement of {@code migration} has run; {@code line} is the line of the file where it begins.
     * Told after every statement of a migration run one statement per round trip, so that a front end
     * can show how far a long file has got; not told for files sent whole in one round trip
     * (pipelined) nor for Java migrations.
     */
    default void statementFinished(Migration migration, Direction direction, int line) {
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

    /**
     * A phase of a command that is not a run of migrations began (clear emptying tables, squash proving
     * its baseline, verify going through the files). {@code what} says what in a few words, such as
     * {@code Emptying tables}; {@code total} counts its units (tables, rows, migrations). Phases do not
     * nest: each started one is finished before the next starts, and a migration run reported through
     * {@link #planned} never falls inside one.
     */
    default void stepStarted(String what, long total) {
    }

    /**
     * {@code done} of the current phase's {@code total} units are done; {@code current} names the last
     * one (a table, a migration file), or is null where the units went together (one TRUNCATE of
     * every table).
     */
    default void stepProgress(long done, String current) {
    }

    /** The phase started last is over. Not told when the command throws: its exception says why. */
    default void stepFinished() {
    }

    /**
     * A listener that reports a run of migrations to {@code to} as progress of the phase the caller
     * started: each migration finished advances it by one, named by its script. Lock waits, warnings and
     * statement waits are passed on; {@code planned} and {@code started} are not, so no migration
     * lines appear for a run in a scratch database.
     */
    static MigrationListener countingFinished(MigrationListener to) {
        return new MigrationListener() {
            private long done;

            @Override
            public void waitingForLock(String holder) {
                to.waitingForLock(holder);
            }

            @Override
            public void warning(String message) {
                to.warning(message);
            }

            @Override
            public void finished(Direction direction, Migration migration, Duration took) {
                done++;
                to.stepProgress(done, migration.script());
            }

            @Override
            public void statementWaiting(Migration migration, Duration waited, List<Blocker> blockers) {
                to.statementWaiting(migration, waited, blockers);
            }

            @Override
            public void retryingAfterLockWait(Migration migration, int retry, int retries, Duration backoff,
                                              List<Blocker> blockers) {
                to.retryingAfterLockWait(migration, retry, retries, backoff, blockers);
            }
        };
    }
}
