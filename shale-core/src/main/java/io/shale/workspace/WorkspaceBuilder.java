package io.shale.workspace;

import io.shale.config.DatabaseSettings;
import io.shale.config.ModelsSettings;
import io.shale.config.PurgeSettings;
import io.shale.config.ReferenceDataSettings;
import io.shale.config.Secret;
import io.shale.config.ShaleConfig;
import io.shale.config.TargetSettings;
import io.shale.config.Values;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A {@link Workspace} made in code, without any file: the same settings a {@code shale.yaml} holds,
 * with the same defaults, plus what only code can give (a {@link DataSource}, migrations on the
 * class path, a class loader). {@link #build()} validates everything at once and freezes it.
 * Relative paths resolve against {@link #baseDir(Path)} (default: the working directory).
 */
public final class WorkspaceBuilder {
    private Path baseDir = Path.of("").toAbsolutePath();
    private Path workingDirectory;
    private Path configFile;
    private DatabaseSettings database;
    private DataSource dataSource;
    private String dataSourceDescription = "the configured data source";
    private Path migrations = Path.of("db/migrations");
    private String classPathMigrations;
    private List<String> javaPackages = List.of();
    private ClassLoader classLoader;
    private String environment = "development";
    private List<String> protectedEnvironments = List.of("production");
    private String historyTable = "shale_history";
    private String metaTable = "shale_meta";
    private Duration lockTimeout = Duration.ofSeconds(60);
    private Duration lockWait = ShaleConfig.DEFAULT_LOCK_WAIT;
    private int lockRetries = ShaleConfig.DEFAULT_LOCK_RETRIES;
    private Duration lockLease = Duration.ofSeconds(30);
    private Duration lockHeartbeat = Duration.ofSeconds(5);
    private List<String> exclude = List.of();
    private List<String> schemas = List.of();
    private String verifySince;
    private Path embeddedDataDir;
    private String embeddedEngine = ShaleConfig.ENGINE_POSTGRESQL;
    private ModelsSettings models;
    private ReferenceDataSettings referenceData;
    private Path seeds;
    private final Map<String, PurgeSettings> purge = new LinkedHashMap<>();
    private DatabaseSettings scratch;
    private final Map<String, TargetSettings> targets = new LinkedHashMap<>();
    private MigrationSet preloaded;
    private Workspace serversOwner;

    WorkspaceBuilder() {
    }

    /**
     * Takes every setting of a configuration read by {@link io.shale.config.ConfigLoader} (or made in
     * code); later calls may change single settings. Labels name paths relative to its base folder.
     */
    /**
     * Uses migrations read already (for example by a test harness that makes many workspaces on one
     * project); their folder becomes the migrations folder.
     */
    public WorkspaceBuilder migrationSet(MigrationSet set) {
        this.preloaded = Objects.requireNonNull(set, "set");
        return migrations(set.directory());
    }

    public WorkspaceBuilder config(ShaleConfig config) {
        return config(config, config.baseDir());
    }

    /** As {@link #config(ShaleConfig)}, labelling paths relative to the process's working directory. */
    WorkspaceBuilder config(ShaleConfig config, Path workingDirectory) {
        this.baseDir = config.baseDir();
        this.workingDirectory = workingDirectory;
        this.configFile = config.configFile();
        this.database = config.database();
        this.migrations = config.migrations();
        this.javaPackages = config.javaMigrationPackages();
        this.environment = config.environment();
        this.protectedEnvironments = config.protectedEnvironments();
        this.historyTable = config.historyTable();
        this.metaTable = config.metaTable();
        this.lockTimeout = config.lockTimeout();
        this.lockWait = config.lockWait();
        this.lockRetries = config.lockRetries();
        this.lockLease = config.lockLease();
        this.lockHeartbeat = config.lockHeartbeat();
        this.exclude = config.exclude();
        this.schemas = config.schemas();
        this.verifySince = config.verifySince();
        this.embeddedDataDir = config.embeddedDataDir();
        this.embeddedEngine = config.embeddedEngine();
        this.models = config.models();
        this.referenceData = config.referenceData();
        this.seeds = config.seeds();
        this.purge.clear();
        this.purge.putAll(config.purge());
        this.scratch = config.scratch();
        this.targets.clear();
        this.targets.putAll(config.targets());
        return this;
    }

    /** The project folder: relative paths resolve against it, and messages name paths relative to it. */
    public WorkspaceBuilder baseDir(Path baseDir) {
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
        return this;
    }

    /** The managed database by URL; the password is never shown in any message. */
    public WorkspaceBuilder database(String url, String user, String password) {
        this.database = new DatabaseSettings(url, user, password == null ? null : new Secret(password), null);
        this.dataSource = null;
        return this;
    }

    /**
     * The managed database as a data source the application already has (a pool, say).
     *
     * @param describedAs how messages name it, e.g. a JDBC URL without its password
     */
    public WorkspaceBuilder dataSource(DataSource dataSource, String describedAs) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dataSourceDescription = Objects.requireNonNull(describedAs, "describedAs");
        this.database = null;
        return this;
    }

    /** The migrations folder on disk (default {@code db/migrations}). */
    public WorkspaceBuilder migrations(Path directory) {
        this.migrations = Objects.requireNonNull(directory, "directory");
        this.classPathMigrations = null;
        return this;
    }

    /**
     * The migrations folder as a location: {@code classpath:db/migrations} (found with the class
     * loader, in a folder or a jar) or a path on disk.
     */
    public WorkspaceBuilder migrations(String location) {
        Objects.requireNonNull(location, "location");
        if (location.startsWith(ClassPathMigrations.PREFIX)) {
            this.classPathMigrations = location;
            return this;
        }
        return migrations(Path.of(location));
    }

    /** Packages scanned for Java migrations (default none). */
    public WorkspaceBuilder javaMigrations(String... packages) {
        this.javaPackages = List.of(packages);
        return this;
    }

    /** The class loader for class-path migrations, Java migrations and plug-ins (default: the thread's). */
    public WorkspaceBuilder classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        return this;
    }

    public WorkspaceBuilder environment(String environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
        return this;
    }

    public WorkspaceBuilder protectedEnvironments(String... environments) {
        this.protectedEnvironments = List.of(environments);
        return this;
    }

    public WorkspaceBuilder historyTable(String table) {
        this.historyTable = Objects.requireNonNull(table, "table");
        return this;
    }

    public WorkspaceBuilder metaTable(String table) {
        this.metaTable = Objects.requireNonNull(table, "table");
        return this;
    }

    public WorkspaceBuilder lockTimeout(Duration timeout) {
        this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /** How long a statement of a transactional migration may wait for a table lock ({@code lock-wait:}); zero: none. */
    public WorkspaceBuilder lockWait(Duration wait) {
        this.lockWait = Objects.requireNonNull(wait, "wait");
        return this;
    }

    /** How often a migration that timed out waiting for a table lock is retried ({@code lock-retries:}). */
    public WorkspaceBuilder lockRetries(int retries) {
        this.lockRetries = retries;
        return this;
    }

    /** Galera only: how long the lease lock stays valid without a heartbeat ({@code lock-lease}). */
    public WorkspaceBuilder lockLease(Duration lease) {
        this.lockLease = Objects.requireNonNull(lease, "lease");
        return this;
    }

    /** Galera only: how often the lease holder renews it ({@code lock-heartbeat}). */
    public WorkspaceBuilder lockHeartbeat(Duration heartbeat) {
        this.lockHeartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
        return this;
    }

    /** Glob patterns of tables Shale never touches ({@code apscheduler_*}). */
    public WorkspaceBuilder exclude(String... patterns) {
        this.exclude = List.of(patterns);
        return this;
    }

    /**
     * A git ref or version ({@code verify.since:}): {@code check} also runs {@code verify} on the
     * migrations new since then; null (the default): it does not.
     */
    public WorkspaceBuilder verifySince(String refOrVersion) {
        this.verifySince = refOrVersion;
        return this;
    }

    /** The schemas generate, diff and drift compare ({@code schemas:}); none: every non-system schema. */
    public WorkspaceBuilder schemas(String... names) {
        this.schemas = List.of(names);
        return this;
    }

    /**
     * The embedded default database's engine, {@code postgresql} (the default) or {@code mariadb}: the
     * server Shale starts when no database is configured.
     *
     * @throws ShaleException CONFIG_BAD_VALUE for any other engine
     */
    public WorkspaceBuilder embeddedEngine(String engine) {
        Objects.requireNonNull(engine, "engine");
        if (!ShaleConfig.EMBEDDED_ENGINES.contains(engine)) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "`embedded.engine` is `" + engine
                    + "`, which is not one of " + ShaleConfig.EMBEDDED_ENGINES,
                    "use embeddedEngine(\"postgresql\") (the default) or embeddedEngine(\"mariadb\")");
        }
        this.embeddedEngine = engine;
        return this;
    }

    /**
     * Where the embedded default database keeps its data (default {@code .shale/postgres}, or
     * {@code .shale/mariadb} for the MariaDB engine).
     */
    public WorkspaceBuilder embeddedDataDir(Path dataDir) {
        this.embeddedDataDir = Objects.requireNonNull(dataDir, "dataDir");
        return this;
    }

    /** The desired schema: {@link ModelsSettings#schemaFile}, {@link ModelsSettings#jpa} or {@link ModelsSettings#command}. */
    public WorkspaceBuilder models(ModelsSettings models) {
        this.models = Objects.requireNonNull(models, "models");
        return this;
    }

    public WorkspaceBuilder referenceData(ReferenceDataSettings referenceData) {
        this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
        return this;
    }

    /** The folder of named seed sets (default {@code db/seeds}). */
    public WorkspaceBuilder seeds(Path folder) {
        this.seeds = Objects.requireNonNull(folder, "folder");
        return this;
    }

    /** A named purge rule: the rows of {@code table} matching {@code where}, with {@code :name} parameters. */
    public WorkspaceBuilder purgeRule(String name, String table, String where, String... params) {
        purge.put(Objects.requireNonNull(name, "name"), new PurgeSettings(table, where, List.of(params)));
        return this;
    }

    /** A server for throw-away databases, instead of an embedded one. */
    public WorkspaceBuilder scratch(String url, String user, String password) {
        this.scratch = new DatabaseSettings(url, user, password == null ? null : new Secret(password), null);
        return this;
    }

    /**
     * Uses {@code owner}'s local servers (throw-away scratch servers) instead of starting new ones;
     * {@code owner} stops them when it closes. The workspaces of a fleet's targets share one set.
     */
    public WorkspaceBuilder shareServersOf(Workspace owner) {
        this.serversOwner = Objects.requireNonNull(owner, "owner");
        return this;
    }

    /** A named target for fleet commands ({@code targets:} in shale.yaml); see {@link TargetSettings}. */
    public WorkspaceBuilder target(TargetSettings target) {
        targets.put(target.name(), Objects.requireNonNull(target, "target"));
        return this;
    }

    /**
     * Validates the settings and makes the workspace; class-path migrations are located now (their
     * files are read on first use).
     *
     * @throws ShaleException CONFIG_BAD_VALUE for an invalid setting, MIGRATIONS_DIR_MISSING for a
     *                        class-path location that does not exist
     */
    public Workspace build() {
        validate();
        ClassLoader loader = classLoader != null ? classLoader
                : Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Workspace.class.getClassLoader();
        ClassPathMigrations onClassPath = classPathMigrations == null ? null
                : ClassPathMigrations.resolve(classPathMigrations, loader);
        ShaleConfig config = new ShaleConfig(baseDir, configFile, database,
                onClassPath != null ? onClassPath.directory() : absolute(migrations), javaPackages, environment,
                protectedEnvironments, historyTable, metaTable, lockTimeout, exclude, absolute(embeddedDataDir != null ? embeddedDataDir
                        : Path.of(ShaleConfig.ENGINE_MARIADB.equals(embeddedEngine) ? ShaleConfig.DEFAULT_MARIADB_DATA_DIR
                        : ".shale/postgres")),
                models == null ? null : new ModelsSettings(models.schema() == null ? null : absolute(models.schema()),
                        models.jpa() == null ? null : new ModelsSettings.Jpa(
                                models.jpa().classpath().stream().map(this::absolute).toList(), models.jpa().packages()),
                        models.command() == null ? null : new ModelsSettings.Command(models.command().line(),
                                models.command().timeout(), absolute(models.command().directory()))),
                referenceData, seeds == null ? null : absolute(seeds), purge, scratch,
                lockWait, lockRetries, targets, lockLease, lockHeartbeat, schemas,
                verifySince, embeddedEngine);
        String label = onClassPath != null ? classPathMigrations : label(config.migrations());
        Workspace workspace = new Workspace(config, dataSource, dataSource == null ? null : dataSourceDescription, label,
                onClassPath, loader);
        if (preloaded != null) {
            workspace.preload(preloaded);
        }
        if (serversOwner != null) {
            workspace.shareServersOf(serversOwner);
        }
        return workspace;
    }

    private void validate() {
        requireIdentifier("history-table", historyTable);
        requireIdentifier("meta-table", metaTable);
        if (lockTimeout.isNegative()) {
            throw bad("lock-timeout is negative (" + lockTimeout + ")", "give a duration of zero or more");
        }
        if (lockWait.isNegative()) {
            throw bad("lock-wait is negative (" + lockWait + ")", "give a duration of zero (no limit) or more");
        }
        if (lockRetries < 0) {
            throw bad("lock-retries is negative (" + lockRetries + ")", "give a count of zero or more");
        }
        if (lockHeartbeat.isNegative() || lockHeartbeat.isZero() || lockHeartbeat.compareTo(lockLease) >= 0) {
            throw bad("lock-heartbeat (" + lockHeartbeat + ") must be more than zero and shorter than lock-lease ("
                    + lockLease + ")", "give a heartbeat of a fraction of the lease, e.g. lock-lease: 30s and lock-heartbeat: 5s");
        }
        for (String pkg : javaPackages) {
            if (!Values.isPackageName(pkg)) {
                throw bad("java-migrations: `" + pkg + "` is not a Java package name",
                        "write dotted Java identifiers such as `com.acme.migrations`");
            }
        }
        requireJdbcUrl("database.url", database);
        requireJdbcUrl("scratch.url", scratch);
        purge.forEach((name, rule) -> {
            if (rule.table().isBlank() || rule.where().isBlank()) {
                throw bad("purge rule '" + name + "' has an empty table or condition",
                        "give the table and an SQL condition such as \"email LIKE :prefix || '%'\"");
            }
        });
    }

    private static void requireIdentifier(String key, String value) {
        if (!Values.isIdentifier(value)) {
            throw bad(key + " is `" + value + "`, which is not an SQL identifier",
                    "use a name such as `shale_history` or `myschema.shale_history`");
        }
    }

    private static void requireJdbcUrl(String key, DatabaseSettings settings) {
        if (settings != null && !settings.url().regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw bad(key + " is `" + settings.redactedUrl() + "`, which is not a JDBC URL",
                    "write a URL that starts with `jdbc:`, such as `jdbc:postgresql://localhost:5432/app`");
        }
    }

    private static ShaleException bad(String message, String hint) {
        return new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Workspace settings: " + message, hint);
    }

    private Path absolute(Path path) {
        return baseDir.resolve(path).toAbsolutePath().normalize();
    }

    /** The folder as the user would write it: relative to the working directory where possible. */
    private String label(Path folder) {
        Path from = workingDirectory != null ? workingDirectory : baseDir;
        try {
            return from.relativize(folder).toString();
        } catch (IllegalArgumentException e) {
            return folder.toString();
        }
    }
}
