package io.shale;

import io.shale.run.MigrationListener;
import io.shale.run.Settings;
import io.shale.config.ShaleConfig;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/** Collects the settings of a {@link Shale}; {@link #load()} validates them and reads the migrations once. */
public final class ShaleBuilder {
    private DataSource dataSource;
    private String where = "the configured data source";
    private Path migrations = Path.of("db/migrations");
    private List<String> javaPackages = List.of();
    private ClassLoader classLoader;
    private String historyTable = "shale_history";
    private String metaTable = "shale_meta";
    private String environment = "development";
    private List<String> protectedEnvironments = List.of("production");
    private Duration lockTimeout = Duration.ofSeconds(60);
    private MigrationListener listener = MigrationListener.NONE;
    private MigrationSet preloaded;

    ShaleBuilder() {
    }

    /** Takes every setting that a {@code shale.yaml} holds (the database still comes from {@link #dataSource}). */
    public ShaleBuilder config(ShaleConfig config) {
        this.migrations = config.migrations();
        this.javaPackages = config.javaMigrationPackages();
        this.historyTable = config.historyTable();
        this.metaTable = config.metaTable();
        this.environment = config.environment();
        this.protectedEnvironments = config.protectedEnvironments();
        this.lockTimeout = config.lockTimeout();
        if (config.database() != null) {
            this.where = config.database().redactedUrl();
        }
        return this;
    }

    /** Uses migrations read already (by a front end that reports file errors before connecting). */
    public ShaleBuilder migrationSet(MigrationSet set) {
        this.preloaded = Objects.requireNonNull(set, "set");
        this.migrations = set.directory();
        return this;
    }

    public ShaleBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    /** How messages name the database, e.g. a JDBC URL without its password. */
    public ShaleBuilder describedAs(String where) {
        this.where = Objects.requireNonNull(where, "where");
        return this;
    }

    public ShaleBuilder migrations(Path directory) {
        this.migrations = Objects.requireNonNull(directory, "directory");
        return this;
    }

    /** Packages scanned for {@link io.shale.migration.JavaMigration} classes. */
    public ShaleBuilder javaMigrations(String... packages) {
        this.javaPackages = List.of(packages);
        return this;
    }

    public ShaleBuilder classLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
        return this;
    }

    public ShaleBuilder historyTable(String table) {
        this.historyTable = Objects.requireNonNull(table, "table");
        return this;
    }

    public ShaleBuilder metaTable(String table) {
        this.metaTable = Objects.requireNonNull(table, "table");
        return this;
    }

    public ShaleBuilder environment(String environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
        return this;
    }

    public ShaleBuilder protectedEnvironments(String... environments) {
        this.protectedEnvironments = List.of(environments);
        return this;
    }

    public ShaleBuilder lockTimeout(Duration timeout) {
        this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    public ShaleBuilder listener(MigrationListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Reads the migrations folder (and scans the Java packages, if any) once.
     *
     * @throws io.shale.error.ShaleException for a missing folder or a malformed file
     */
    public Shale load() {
        Objects.requireNonNull(dataSource, "dataSource: call dataSource(...) before load()");
        ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        MigrationSet set = preloaded != null ? preloaded
                : MigrationLoader.load(migrations.toAbsolutePath().normalize(), javaPackages, loader);
        Settings settings = new Settings(historyTable, metaTable, environment, protectedEnvironments, lockTimeout,
                migrations.toString());
        return new Shale(dataSource, where, set, settings, listener);
    }
}
