package io.shale.migration;

import java.sql.Connection;

/**
 * A migration written in Java, for data changes that SQL cannot express. Implementations are
 * found on the classpath in the packages named by {@code java-migrations:}; the class name gives
 * the version and description, numbered in the same sequence as the SQL files:
 * {@code V0003_BackfillEmails} or {@code V3__backfill_emails} is version 3.
 * An implementation needs a public no-argument constructor.
 *
 * <p>Shale runs {@link #up} inside the migration's transaction (unless {@link #transactional()}
 * is false) on the connection it passes; the method must not commit, roll back or close it.
 */
public interface JavaMigration {
    void up(Connection connection) throws Exception;

    /** Reverts {@link #up}; only called when {@link #hasDown()} is true. */
    default void down(Connection connection) throws Exception {
        throw new UnsupportedOperationException(getClass().getName() + " has no down step");
    }

    /** Whether {@link #down} is implemented. */
    default boolean hasDown() {
        return false;
    }

    /** False to run outside a transaction, like {@code -- shale:no-transaction} in a SQL file. */
    default boolean transactional() {
        return true;
    }

    /**
     * A value that changes when the migration's effect changes; Shale stores it and reports a
     * mismatch like an edited SQL file. The default derives it from the class name only.
     */
    default String checksum() {
        return null;
    }
}
