package io.shale.run;

import io.shale.migration.Migration;

/**
 * One thing a run does, in the order a {@link RunPlan} lists it. The executors give each step its
 * meaning: {@link BatchRunner} and {@link PipelinedSteps} send it to the database, {@link ScriptWriter}
 * writes it as SQL text; none of them decides what to send.
 */
public sealed interface PlanStep {

    /** Hands this step to the matching method of {@code visitor}. */
    <X extends Exception> void accept(Visitor<X> visitor) throws X;

    /** One method per kind of step, so every executor handles every kind. */
    interface Visitor<X extends Exception> {
        void lock() throws X;

        void unlock() throws X;

        void createHistoryTables() throws X;

        void putMeta(PutMeta put) throws X;

        void begin() throws X;

        void commit() throws X;

        void savepoint(String name) throws X;

        void release(String name) throws X;

        void leaveLockTransaction() throws X;

        void reenterLockTransaction() throws X;

        void endLockTransaction() throws X;

        void statements(Migration migration) throws X;

        void history(HistoryWrite write, Migration migration) throws X;

        /** The session's statement lock wait: {@code limit}, zero for none, null for the server's default. */
        void lockWaits(java.time.Duration limit) throws X;
    }

    /**
     * The migration lock. The caller takes it ({@link LockedSession}) before the plan is built, since the
     * plan depends on the history read under it; where the lock is a transaction (SQLite) it is
     * {@code BEGIN EXCLUSIVE}.
     */
    record Lock() implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.lock();
        }
    }

    /** The end of the run, where the caller releases the lock. */
    record Unlock() implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.unlock();
        }
    }

    /** Creates the history and meta tables, which are missing. */
    record CreateHistoryTables() implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.createHistoryTables();
        }
    }

    /** Writes a meta row: inserts it, after deleting any old value when {@code replace}. */
    record PutMeta(String key, String value, boolean replace) implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.putMeta(this);
        }
    }

    /** Leaves auto-commit mode: the following statements form one transaction. */
    record Begin() implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.begin();
        }
    }

    /** Commits the transaction {@link Begin} opened and returns to auto-commit mode. */
    record Commit() implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.commit();
        }
    }

    record Savepoint(String name) implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.savepoint(name);
        }
    }

    record Release(String name) implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.release(name);
        }
    }

    /** Commits the lock's own transaction (SQLite) part-way, for a migration that must run outside it. */
    record LeaveLockTransaction() implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.leaveLockTransaction();
        }
    }

    /** Takes the lock's transaction again ({@code BEGIN EXCLUSIVE}) after {@link LeaveLockTransaction}. */
    record ReenterLockTransaction() implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.reenterLockTransaction();
        }
    }

    /** Commits the lock's own transaction at the end of the run, keeping what the run did. */
    record EndLockTransaction() implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.endLockTransaction();
        }
    }

    /** The statements (or Java code) of one migration in the plan's direction. */
    record Statements(Migration migration) implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.statements(migration);
        }
    }

    /** A write to the history table about {@code migration}. */
    record History(HistoryWrite write, Migration migration) implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.history(write, migration);
        }
    }

    /**
     * Sets how long each following statement may wait for a table lock ({@code lock-wait:}): a
     * duration, {@link java.time.Duration#ZERO} for no limit (around a {@code -- shale:no-transaction}
     * file), or null to return to the server's default at the end of the run.
     */
    record LockWaits(java.time.Duration limit) implements PlanStep {
        @Override
        public <X extends Exception> void accept(Visitor<X> v) throws X {
            v.lockWaits(limit);
        }
    }

    /** The history writes a run makes. */
    enum HistoryWrite {
        /** Upgrade, traced: a row with {@code success = false} and an in-progress message, before the statements. */
        INSERT_IN_PROGRESS,
        /** Downgrade, traced: the applied row marked failed with an in-progress message, before the statements. */
        MARK_IN_PROGRESS,
        /** Upgrade, traced: the in-progress row turned into a success with the time taken. */
        MARK_SUCCEEDED,
        /** Upgrade, in the migration's transaction or savepoint: the final row. */
        INSERT_APPLIED,
        /** Downgrade: the row removed. */
        DELETE
    }
}
