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
 * @param schemas               {@code schemas:} the schemas generate, diff and drift compare; empty: the
 *                              engine's default (on PostgreSQL every schema that is not a system one)
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
        List<String> schemas) {

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
        schemas = List.copyOf(schemas);
    }

    /** Without {@code schemas:} (the engine's default schemas). */
    public ShaleConfig(Path baseDir, Path configFile, DatabaseSettings database, Path migrations,
                       List<String> javaMigrationPackages, String environment, List<String> protectedEnvironments,
                       String historyTable, String metaTable, Duration lockTimeout, List<String> exclude,
                       Path embeddedDataDir, ModelsSettings models, ReferenceDataSettings referenceData, Path seeds,
                       Map<String, PurgeSettings> purge, DatabaseSettings scratch) {
        this(baseDir, configFile, database, migrations, javaMigrationPackages, environment, protectedEnvironments,
                historyTable, metaTable, lockTimeout, exclude, embeddedDataDir, models, referenceData, seeds, purge,
                scratch, List.of());
    }

    /** True when no database is configured and the embedded PostgreSQL serves. */
    public boolean usesEmbeddedDatabase() {
        return database == null;
    }

    public boolean environmentIsProtected() {
        return protectedEnvironments.contains(environment);
    }
}
