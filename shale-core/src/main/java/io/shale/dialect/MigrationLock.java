package io.shale.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The lock that keeps two migrators apart. Implementations use only locks that die with the
 * session (advisory locks, {@code GET_LOCK}, an open transaction), so a killed migrator never
 * leaves one behind.
 */
public interface MigrationLock {

    /**
     * Takes the lock for {@code connection}'s session, waiting at most {@code timeout}.
     *
     * @param connection the migrator's connection, in auto-commit mode
     * @param opener     opens a second connection to the same database when the engine needs one
     * @param target     what the lock protects: its name derives the lock key; engines that lock a row use the meta table
     * @param timeout    how long to wait for another holder
     * @param waiting    told once, with a description of the holder, when the lock is busy
     * @return the held lock, to be closed when the run ends
     * @throws io.shale.error.ShaleException {@code LOCK_TIMEOUT} naming the holder when the wait runs out
     */
    Held acquire(Connection connection, ConnectionOpener opener, Target target, Duration timeout,
                 Consumer<String> waiting) throws SQLException;

    /**
     * @param name      the database and history table, e.g. {@code app/shale_history}
     * @param metaTable the meta table, which the row-locking engines lock a row of
     * @param lease     how long a lease lock (Galera) stays valid without a heartbeat
     * @param heartbeat how often the holder of a lease lock renews it; shorter than {@code lease}
     */
    record Target(String name, String metaTable, Duration lease, Duration heartbeat) {
        public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
        public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(5);

        public Target(String name, String metaTable) {
            this(name, metaTable, DEFAULT_LEASE, DEFAULT_HEARTBEAT);
        }
    }

    /** A held lock; {@link #close()} releases it and never throws for a connection that is already gone. */
    interface Held extends AutoCloseable {
        /** How long acquiring waited, zero when the lock was free. */
        Duration waited();

        /** Who held the lock while this one waited, or null. */
        String waitedFor();

        @Override
        void close();
    }

    /** Opens an extra connection to the managed database. */
    @FunctionalInterface
    interface ConnectionOpener {
        Connection open() throws SQLException;
    }
}
