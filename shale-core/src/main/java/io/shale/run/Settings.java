package io.shale.run;

import io.shale.dialect.MigrationLock;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What commands need from the configuration.
 *
 * @param migrationsLabel how messages name the migrations folder
 * @param lockWait        how long one statement of a transactional migration may wait for a table lock
 *                        ({@code lock-wait:}); zero: no limit
 * @param lockRetries     how often a migration that timed out waiting for a table lock is retried
 * @param lockLease       Galera only: how long the lease lock stays valid without a heartbeat
 * @param lockHeartbeat   Galera only: how often its holder renews it
 */
public record Settings(String historyTable, String metaTable, String environment, List<String> protectedEnvironments,
                       Duration lockTimeout, String migrationsLabel, Duration lockWait, int lockRetries,
                       Duration lockLease, Duration lockHeartbeat) {
    public static final String TOOL_VERSION = "0.1.0";

    /**
     * With the default statement lock wait (5s) and retries (10), and the Galera lease defaults (30s lease,
     * 5s heartbeat).
     */
    public Settings(String historyTable, String metaTable, String environment, List<String> protectedEnvironments,
                    Duration lockTimeout, String migrationsLabel) {
        this(historyTable, metaTable, environment, protectedEnvironments, lockTimeout, migrationsLabel,
                Duration.ofSeconds(5), 10, MigrationLock.Target.DEFAULT_LEASE, MigrationLock.Target.DEFAULT_HEARTBEAT);
    }

    public Settings {
        Objects.requireNonNull(historyTable);
        Objects.requireNonNull(metaTable);
        Objects.requireNonNull(environment);
        protectedEnvironments = List.copyOf(protectedEnvironments);
        Objects.requireNonNull(lockTimeout);
        Objects.requireNonNull(migrationsLabel);
        Objects.requireNonNull(lockWait);
        if (lockWait.isNegative() || lockRetries < 0) {
            throw new IllegalArgumentException("lockWait and lockRetries must not be negative");
        }
        Objects.requireNonNull(lockLease);
        Objects.requireNonNull(lockHeartbeat);
    }

    public static Settings defaults(String migrationsLabel) {
        return new Settings("shale_history", "shale_meta", "development", List.of("production"),
                Duration.ofSeconds(60), migrationsLabel);
    }

}
