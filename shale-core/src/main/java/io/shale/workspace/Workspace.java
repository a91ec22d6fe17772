package io.shale.workspace;

import io.shale.command.generate.CommandModels;
import io.shale.command.generate.ModelSource;
import io.shale.config.ConfigLoader;
import io.shale.config.ConfigRequest;
import io.shale.config.DatabaseSettings;
import io.shale.config.ModelsSettings;
import io.shale.config.ReferenceDataSettings;
import io.shale.config.ShaleConfig;
import io.shale.config.TablePatterns;
import io.shale.data.PurgeRule;
import io.shale.data.ReferenceDataPolicy;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.run.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One project, as every front end sees it: the configuration ({@code shale.yaml}, {@code .env},
 * {@code SHALE_*} variables and overrides, or settings made in code) turned into the typed parts
 * the commands take. Settings are validated when the workspace is made and are then immutable;
 * the parts that cost something (the migration files, the database, servers, plug-ins) are made on
 * first use and then kept, so a command reads the migrations once and starts at most one server
 * of each kind.
 *
 * <p>Closing it stops the servers it started (an embedded default database, throw-away scratch
 * servers) and releases a jar it reads migrations from. One workspace serves one thread at a time.
 */
public final class Workspace implements AutoCloseable {
    private final ShaleConfig config;
    private final DataSource givenDataSource;
    private final String givenDescription;
    private final String migrationsLabel;
    private final ClassPathMigrations classPathMigrations;
    private final ClassLoader classLoader;
    private final Map<String, PurgeRule> purgeRules;
    private Workspace sharedServers;

    private MigrationSet migrationSet;
    private LocalServers localServers;
    private LocalDatabase localDatabase;
    private Dialect dialect;

    Workspace(ShaleConfig config, DataSource givenDataSource, String givenDescription, String migrationsLabel,
              ClassPathMigrations classPathMigrations, ClassLoader classLoader) {
        this.config = config;
        this.givenDataSource = givenDataSource;
        this.givenDescription = givenDescription;
        this.migrationsLabel = migrationsLabel;
        this.classPathMigrations = classPathMigrations;
        this.classLoader = classLoader;
        Map<String, PurgeRule> rules = new LinkedHashMap<>();
        config.purge().forEach((name, rule) ->
                rules.put(name, new PurgeRule(name, rule.table(), rule.where(), rule.params())));
        this.purgeRules = Collections.unmodifiableMap(rules);
    }

    /**
     * Reads the project's configuration with the thread's context class loader for plug-ins and
     * Java migrations.
     *
     * @throws ShaleException with a CONFIG_* code for anything unknown, mistyped, malformed or unresolved
     */
    public static Workspace load(ConfigRequest request) {
        return new WorkspaceBuilder().config(new ConfigLoader().load(request), request.workingDirectory()).build();
    }

    /** Like {@link #load(ConfigRequest)}, with {@code loader} for plug-ins and Java migrations. */
    public static Workspace load(ConfigRequest request, ClassLoader loader) {
        return new WorkspaceBuilder().config(new ConfigLoader().load(request), request.workingDirectory())
                .classLoader(loader).build();
    }

    /** A workspace made in code, without any file. */
    public static WorkspaceBuilder builder() {
        return new WorkspaceBuilder();
    }

    /**
     * The validated settings. {@link ShaleConfig#database()} is null both for the embedded default
     * and for a data source given in code: ask {@link #usesLocalDatabase()}.
     */
    public ShaleConfig config() {
        return config;
    }

    /** What the commands need from the configuration; its label names the folder as {@link MigrationSet#directory()}. */
    public Settings settings() {
        return new Settings(config.historyTable(), config.metaTable(), config.environment(),
                config.protectedEnvironments(), config.lockTimeout(),
                classPathMigrations != null ? migrationsLabel : config.migrations().toString(),
                config.lockWait(), config.lockRetries(), config.lockLease(), config.lockHeartbeat());
    }

    /**
     * The migration files and Java migrations, read on first call and then kept.
     *
     * @throws ShaleException MIGRATIONS_DIR_MISSING or any file error of {@link MigrationLoader#load}
     */
    public synchronized MigrationSet migrations() {
        if (migrationSet == null) {
            migrationSet = MigrationLoader.load(config.migrations(), config.javaMigrationPackages(), classLoader);
        }
        return migrationSet;
    }

    /** Uses migrations read already instead of reading the folder on first use. */
    synchronized void preload(MigrationSet set) {
        migrationSet = set;
    }

    /**
     * Drops the migration set read so far, so the next use reads the folder again: after a command
     * wrote, renamed or deleted migration files (generate, new, hash, squash, rebase, import).
     */
    public synchronized void forgetMigrations() {
        migrationSet = null;
    }

    /** The migrations folder as the user would write it: relative to the working directory, or {@code classpath:...}. */
    public String migrationsLabel() {
        return migrationsLabel;
    }

    /** True when no database is configured or given and the embedded default PostgreSQL serves. */
    public boolean usesLocalDatabase() {
        return config.database() == null && givenDataSource == null;
    }

    /**
     * The managed database; the embedded default is started (or reused) on first call.
     *
     * @throws ShaleException EMBEDDED_START_FAILED when the embedded PostgreSQL cannot start;
     *                        CONFIG_BAD_VALUE when it is needed and shale-local is not on the class path
     */
    public DataSource dataSource() {
        if (givenDataSource != null) {
            return givenDataSource;
        }
        DatabaseSettings db = config.database();
        if (db != null) {
            return new UrlDataSource(dialect().driverUrl(db.url()), db.user(),
                    db.password() == null ? null : db.password().reveal());
        }
        LocalDatabase local = localDatabase();
        return new UrlDataSource(local.url(), local.user(), local.password());
    }

    /** How messages name the managed database (never with its password); names the embedded one once started. */
    public String databaseDescription() {
        if (givenDataSource != null) {
            return givenDescription;
        }
        return config.database() != null ? config.database().redactedUrl() : localDatabase().description();
    }

    /**
     * The managed engine's dialect: from the URL without connecting (the embedded default:
     * PostgreSQL); a data source given in code without a URL is asked once, by connecting.
     *
     * @throws ShaleException DB_UNSUPPORTED for an engine Shale does not support
     */
    public synchronized Dialect dialect() {
        if (dialect == null) {
            dialect = ManagedDialect.of(config.database(), givenDataSource, givenDescription,
                    () -> localServers().orElseThrow(this::noLocalServers).defaultDatabaseUrlPrefix(config.embeddedEngine()));
        }
        return dialect;
    }

    /**
     * The URL, user and password Shale connects to the managed database with, as configured (the
     * embedded default's once started), for connections Shale opens beside it: the scratch databases
     * of the data commands. Empty for a data source given in code, whose credentials Shale never sees.
     * Never read back from a connection: drivers mask the password in the URL they report.
     */
    public Optional<DatabaseLogin> databaseLogin() {
        if (givenDataSource != null) {
            return Optional.empty();
        }
        DatabaseSettings db = config.database();
        if (db != null) {
            return Optional.of(new DatabaseLogin(db.url(), db.user(), db.password() == null ? null : db.password().reveal()));
        }
        LocalDatabase local = localDatabase();
        return Optional.of(new DatabaseLogin(local.url(), local.user(), local.password()));
    }

    /** How Shale logs in to a database: a JDBC URL, and a user and password (either may be null). */
    public record DatabaseLogin(String url, String user, String password) {
        @Override
        public String toString() {
            return "DatabaseLogin[" + url + ", " + user + "]";
        }
    }

    /** The {@code scratch:} server, if one is configured. */
    public Optional<DatabaseSettings> scratchServer() {
        return Optional.ofNullable(config.scratch());
    }

    /**
     * Where generate, diff, lint, verify and drift checks make their throw-away databases, in this
     * order: the {@code scratch:} server when one is configured; the embedded default PostgreSQL
     * itself when it is the managed database; memory for SQLite and H2; otherwise a throw-away
     * local server of the managed engine's kind, started on first use. The user's own server is never
     * asked to create databases unless it is named under {@code scratch:}.
     *
     * @throws ShaleException CONFIG_BAD_VALUE when a local server is needed and shale-local is not on
     *                        the class path
     */
    public ScratchProvider scratch() {
        DatabaseSettings scratch = config.scratch();
        if (scratch != null) {
            return ScratchDatabases.beside(dialect(), scratch.url(), scratch.user(),
                    scratch.password() == null ? null : scratch.password().reveal());
        }
        if (usesLocalDatabase()) {
            LocalDatabase local = localDatabase();
            return ScratchDatabases.beside(dialect(), local.url(), local.user(), local.password());
        }
        if (dialect().scratchIsInMemory()) {
            DatabaseSettings db = config.database();
            return db == null ? ScratchDatabases.beside(dialect(), "", null, null)
                    : ScratchDatabases.beside(dialect(), db.url(), db.user(),
                    db.password() == null ? null : db.password().reveal());
        }
        return localServers().flatMap(servers -> servers.scratch(dialect())).orElseThrow(() ->
                new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "No server for scratch databases of "
                        + databaseDescription() + ": none is configured under `scratch:`, and the embedded engines "
                        + "(shale-local) are not on the class path",
                        "add `scratch: { url: ... }` naming a server where Shale may create throw-away databases, "
                                + "or add the dependency io.shale:shale-local"));
    }

    /** True when the configuration has a {@code models:} section (even one naming no source). */
    public boolean hasModels() {
        return config.models() != null;
    }

    /**
     * The desired schema as configured under {@code models:}.
     *
     * @throws ShaleException CONFIG_BAD_VALUE when no source or both sources are configured, or when
     *                        {@code models.jpa} is set and shale-jpa is not on the class path
     */
    public ModelSource models() {
        ModelsSettings models = config.models();
        String file = config.configFile() == null ? "shale.yaml" : config.configFile().toString();
        if (models == null || !models.isConfigured()) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "No models are configured in " + file,
                    "add `models: { schema: db/schema.sql }` (declarative DDL of the schema you want) or "
                            + "`models: { jpa: { classpath: [target/classes], packages: [com.acme.model] } }` or "
                            + "`models: { command: \"python3 -m app.create_schema\" }`");
        }
        if (models.sourceCount() > 1) {
            List<String> set = new ArrayList<>();
            if (models.schema() != null) {
                set.add("models.schema");
            }
            if (models.jpa() != null) {
                set.add("models.jpa");
            }
            if (models.command() != null) {
                set.add("models.command");
            }
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, String.join(" and ", set) + " are "
                    + (set.size() == 2 ? "both" : "all") + " set in " + file,
                    "keep one source of the desired schema: the DDL file, the JPA entities or the command");
        }
        if (models.schema() != null) {
            return ModelSource.schemaFile(models.schema());
        }
        if (models.command() != null) {
            return new CommandModels(dialect(), models.command());
        }
        ModelSourceProvider provider = Plugins.find(ModelSourceProvider.class, classLoader).orElseThrow(() ->
                new ShaleException(ErrorCode.CONFIG_BAD_VALUE,
                        "models.jpa is set in " + file + ", but Shale's JPA support (shale-jpa) is not on the class path",
                        "add the dependency io.shale:shale-jpa next to shale-core, or use `models: { schema: ... }`"));
        return provider.jpa(dialect(), models.jpa());
    }

    /** Tables never compared or touched: Shale's own history and meta tables and {@code exclude:}. */
    public TablePatterns skippedTables() {
        return TablePatterns.skipped(config);
    }

    /** {@code verify.since:}: what {@code check} also verifies the migrations since; null: none. */
    public String verifySince() {
        return config.verifySince();
    }

    /** The schemas generate, diff and drift compare ({@code schemas:}); empty: the engine's default. */
    public List<String> schemas() {
        return config.schemas();
    }

    /** The {@code exclude:} patterns as written. */
    public List<String> exclude() {
        return config.exclude();
    }

    /** Which rows clear restores and squash keeps; {@code auto} unless configured. */
    public ReferenceDataPolicy referenceData() {
        ReferenceDataSettings settings = config.referenceData();
        if (settings == null || settings.auto()) {
            return ReferenceDataPolicy.AUTO;
        }
        return new ReferenceDataPolicy(false, settings.tables());
    }

    /** The folder of named seed sets: {@code seeds:}, else {@code db/seeds} beside the config file. */
    public Path seeds() {
        return config.seeds() != null ? config.seeds() : config.baseDir().resolve("db/seeds");
    }

    /** Every configured purge rule, by name, in the order written. */
    public Map<String, PurgeRule> purgeRules() {
        return purgeRules;
    }

    /**
     * The purge rule {@code name}.
     *
     * @throws ShaleException USAGE when there is no such rule (the message lists the rules there are)
     */
    public PurgeRule purgeRule(String name) {
        PurgeRule rule = purgeRules.get(name);
        if (rule == null) {
            throw new ShaleException(ErrorCode.USAGE, "There is no purge rule '" + name + "' in the configuration"
                    + (purgeRules.isEmpty() ? "" : " (rules: " + String.join(", ",
                    purgeRules.keySet().stream().sorted().toList()) + ")"),
                    "add it under `purge:` in shale.yaml, or use --table and --where");
        }
        return rule;
    }

    /**
     * Makes this workspace use {@code owner}'s local servers (scratch servers, the embedded default)
     * instead of starting its own: the workspaces of a fleet's targets share one set. {@code owner}
     * stops them when it closes; this workspace's {@link #close()} leaves them running.
     */
    synchronized void shareServersOf(Workspace owner) {
        this.sharedServers = owner;
    }

    /** Stops the servers this workspace started and releases a jar of class-path migrations. */
    @Override
    public synchronized void close() {
        try {
            if (localServers != null) {
                localServers.close();
            }
        } finally {
            if (classPathMigrations != null) {
                classPathMigrations.close();
            }
        }
    }

    /** The local servers plug-in, found on first need. */
    synchronized Optional<LocalServers> localServers() {
        if (sharedServers != null) {
            return sharedServers.localServers();
        }
        if (localServers == null) {
            localServers = Plugins.find(LocalServers.class, classLoader).orElse(null);
        }
        return Optional.ofNullable(localServers);
    }

    /** The embedded default database, started (or reused) on first call. */
    synchronized LocalDatabase localDatabase() {
        if (localDatabase == null) {
            localDatabase = localServers().orElseThrow(this::noLocalServers).defaultDatabase(config.embeddedDataDir(),
                    config.embeddedEngine());
        }
        return localDatabase;
    }

    private ShaleException noLocalServers() {
        return new ShaleException(ErrorCode.CONFIG_BAD_VALUE,
                "No database is configured in " + (config.configFile() == null ? "shale.yaml (there is none)"
                        : config.configFile()) + ", and the embedded PostgreSQL (shale-local) is not on the class path",
                "add `database: { url: jdbc:postgresql://localhost:5432/app }` to the configuration, or add the "
                        + "dependency io.shale:shale-local to run the embedded PostgreSQL");
    }
}
