package io.shale.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting, validated and frozen. Paths are absolute (resolved against {@link #baseDir()}).
 *
 * @param baseDir               the folder holding the config file, or the working directory when there is none
 * @param configFile            the file read, or null when none was found (all defaults)
 * @param database              the managed database; null means "start the embedded PostgreSQL"
 * @param migrations            the migrations folder ({@code migrations:}, default {@code db/migrations})
 * @param javaMigrationPackages packages scanned for Java migrations ({@code java-migrations:}, default none)
 * @param environment           {@code environment:} (default {@code development})
 * @param protectedEnvironments {@code protected-environments:} (default {@code [production]})
 * @param historyTable          {@code history-table:} (default {@code shale_history})
 * @param metaTable             {@code meta-table:} (default {@code shale_meta})
 * @param lockTimeout           {@code lock-timeout:} how long to wait for another migrator (default 60s)
 * @param exclude               {@code exclude:} glob patterns of tables Shale never touches
 * @param embeddedDataDir       {@code embedded.data-dir:} where the embedded PostgreSQL keeps its data
 *                              (default {@code .shale/postgres})
 * @param models                {@code models:}, or null when the section is absent
 * @param referenceData         {@code reference-data:}, or null when unset (commands treat that as {@code auto})
 * @param seeds                 {@code seeds:} the folder of named seed sets, or null when unset
 *                              ({@code db/seeds} beside the config file)
 * @param purge                 {@code purge:} the named purge rules, in file order (empty when none)
 * @param scratch               {@code scratch:} the server for throw-away databases, or null
 * @param lockWait              {@code lock-wait:} how long one statement of a transactional migration may
 *                              wait for a table lock (default 5s; zero: no limit)
 * @param lockRetries           {@code lock-retries:} how often a migration that timed out on a table lock
 *                              is retried (default 10)
 * @param targets               {@code targets:} named targets and target generators, in file order (empty when none)
 * @param lockLease             {@code lock-lease:} how long a Galera lease lock lives without a heartbeat (default 30s)
 * @param lockHeartbeat         {@code lock-heartbeat:} how often the Galera lease holder renews it (default 5s)
 * @param schemas               {@code schemas:} the schemas generate, diff and drift compare; empty: the
 *                              engine's default (on PostgreSQL every schema that is not a system one)
 * @param verifySince           {@code verify.since:} a git ref or version: check also verifies the migrations
 *                              new since then; null: check does not run verify
 * @param embeddedEngine        {@code embedded.engine:} the embedded default database's engine,
 *                              {@code postgresql} (default) or {@code mariadb}
 */
public record ShaleConfig(
        Path baseDir,
        Path configFile,
        DatabaseSettings database,
        Path migrations,
        List<String> javaMigrationPackages,
        String environment,
        List<String> protectedEnvironments,
        String historyTable,
        String metaTable,
        Duration lockTimeout,
        List<String> exclude,
        Path embeddedDataDir,
        ModelsSettings models,
        ReferenceDataSettings referenceData,
        Path seeds,
        Map<String, PurgeSettings> purge,
        DatabaseSettings scratch,
        Duration lockWait,
        int lockRetries,
        Map<String, TargetSettings> targets,
        Duration lockLease,
        Duration lockHeartbeat,
        List<String> schemas,
        String verifySince,
        String embeddedEngine) {

    /** The embedded default PostgreSQL ({@code embedded.engine: postgresql}, the default). */
    public static final String ENGINE_POSTGRESQL = EmbeddedEngine.POSTGRESQL.key();
    /** The embedded default MariaDB ({@code embedded.engine: mariadb}). */
    public static final String ENGINE_MARIADB = EmbeddedEngine.MARIADB.key();
    /** Where the embedded MariaDB keeps its data when {@code embedded.data-dir} is not set. */
    public static final String DEFAULT_MARIADB_DATA_DIR = EmbeddedEngine.MARIADB.defaultDataDir();
    /** The values {@code embedded.engine} accepts. */
    public static final List<String> EMBEDDED_ENGINES = EmbeddedEngine.keys();

    /** The default statement lock wait ({@code lock-wait:}). */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(5);
    /** The default number of retries after a statement lock timeout ({@code lock-retries:}). */
    public static final int DEFAULT_LOCK_RETRIES = 10;
    /** The default Galera lease ({@code lock-lease:}). */
    public static final Duration DEFAULT_LOCK_LEASE = Duration.ofSeconds(30);
    /** The default Galera heartbeat ({@code lock-heartbeat:}). */
    public static final Duration DEFAULT_LOCK_HEARTBEAT = Duration.ofSeconds(5);

    /** Without the lock-wait and lease settings (their defaults), without targets and {@code schemas:}. */
    public ShaleConfig(Path baseDir, Path configFile, DatabaseSettings database, Path migrations,
                       List<String> javaMigrationPackages, String environment, List<String> protectedEnvironments,
                       String historyTable, String metaTable, Duration lockTimeout, List<String> exclude,
                       Path embeddedDataDir, ModelsSettings models, ReferenceDataSettings referenceData, Path seeds,
                       Map<String, PurgeSettings> purge, DatabaseSettings scratch) {
        this(baseDir, configFile, database, migrations, javaMigrationPackages, environment, protectedEnvironments,
                historyTable, metaTable, lockTimeout, exclude, embeddedDataDir, models, referenceData, seeds, purge,
                scratch, DEFAULT_LOCK_WAIT, DEFAULT_LOCK_RETRIES, Map.of(), DEFAULT_LOCK_LEASE, DEFAULT_LOCK_HEARTBEAT,
                List.of(), null);
    }

    /** Without {@code embedded.engine} (the embedded PostgreSQL). */
    public ShaleConfig(Path baseDir, Path configFile, DatabaseSettings database, Path migrations,
                       List<String> javaMigrationPackages, String environment, List<String> protectedEnvironments,
                       String historyTable, String metaTable, Duration lockTimeout, List<String> exclude,
                       Path embeddedDataDir, ModelsSettings models, ReferenceDataSettings referenceData, Path seeds,
                       Map<String, PurgeSettings> purge, DatabaseSettings scratch, Duration lockWait, int lockRetries,
                       Map<String, TargetSettings> targets, Duration lockLease, Duration lockHeartbeat,
                       List<String> schemas, String verifySince) {
        this(baseDir, configFile, database, migrations, javaMigrationPackages, environment, protectedEnvironments,
                historyTable, metaTable, lockTimeout, exclude, embeddedDataDir, models, referenceData, seeds, purge,
                scratch, lockWait, lockRetries, targets, lockLease, lockHeartbeat, schemas, verifySince,
                ENGINE_POSTGRESQL);
    }

    public ShaleConfig {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(migrations, "migrations");
        javaMigrationPackages = List.copyOf(javaMigrationPackages);
        Objects.requireNonNull(environment, "environment");
        protectedEnvironments = List.copyOf(protectedEnvironments);
        Objects.requireNonNull(historyTable, "historyTable");
        Objects.requireNonNull(metaTable, "metaTable");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(embeddedDataDir, "embeddedDataDir");
        purge = Collections.unmodifiableMap(new LinkedHashMap<>(purge));
        Objects.requireNonNull(lockWait, "lockWait");
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        Objects.requireNonNull(lockLease, "lockLease");
        Objects.requireNonNull(lockHeartbeat, "lockHeartbeat");
        schemas = List.copyOf(schemas);
        if (embeddedEngine == null) {
            embeddedEngine = ENGINE_POSTGRESQL;
        }
        if (!EMBEDDED_ENGINES.contains(embeddedEngine)) {
            throw new IllegalArgumentException("embeddedEngine must be one of " + EMBEDDED_ENGINES + ", not "
                    + embeddedEngine);
        }
    }

    /** This configuration with other statement lock-wait settings ({@code lock-wait:}, {@code lock-retries:}). */
    public ShaleConfig withLockWaits(Duration lockWait, int lockRetries) {
        return new ShaleConfig(baseDir, configFile, database, migrations, javaMigrationPackages, environment,
                protectedEnvironments, historyTable, metaTable, lockTimeout, exclude, embeddedDataDir, models,
                referenceData, seeds, purge, scratch, lockWait, lockRetries, targets, lockLease, lockHeartbeat,
                schemas, verifySince, embeddedEngine);
    }

    /** True when no database is configured and the embedded server ({@link #embeddedEngine()}) serves. */
    public boolean usesEmbeddedDatabase() {
        return database == null;
    }

    public boolean environmentIsProtected() {
        return protectedEnvironments.contains(environment);
    }
}
