package io.shale.dialect;

import java.sql.SQLException;
import java.time.Duration;

/** A lock taken through {@link LockWait}: how long it waited, for whom, and how to let it go. */
public final class HeldLock implements MigrationLock.Held {

    /** Releases the lock; may throw when the session is already gone. */
    @FunctionalInterface
    public interface Release {
        void release() throws SQLException;
    }

    private final LockWait.Result result;
    private final Release release;

    public HeldLock(LockWait.Result result, Release release) {
        this.result = result;
        this.release = release;
    }

    @Override
    public Duration waited() {
        return result.waited();
    }

    @Override
    public String waitedFor() {
        return result.holder();
    }

    /** Never throws: a session that is gone or broken has released its lock on the server already. */
    @Override
    public void close() {
        try {
            release.release();
        } catch (SQLException ignored) {
            // The server released the lock with the session.
        }
    }
}
