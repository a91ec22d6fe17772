package io.shale;

import io.shale.run.MigrationListener;
import io.shale.workspace.Workspace;
import io.shale.workspace.WorkspaceBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The short way to a {@link Shale} over an application's own {@link DataSource}:
 * <pre>{@code
 * Shale shale = Shale.configure().dataSource(dataSource).migrations("classpath:db/migrations").load();
 * }</pre>
 * It makes a {@link Workspace} in code (the same settings, defaults and validation as
 * {@code shale.yaml}); use {@link Workspace#builder()} directly for the settings this chain does not
 * offer (models, seeds, purge rules, scratch server), and close that workspace when done.
 */
public final class ShaleBuilder {
    private final WorkspaceBuilder workspace = Workspace.builder();
    private DataSource dataSource;
    private String where = "the configured data source";
    private MigrationListener listener = MigrationListener.NONE;

    ShaleBuilder() {
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

    /** The migrations folder (default {@code db/migrations} in the working directory). */
    public ShaleBuilder migrations(Path directory) {
        workspace.migrations(directory);
        return this;
    }

    /** The migrations as a location: a folder, or {@code classpath:db/migrations} (a folder or a jar on the class path). */
    public ShaleBuilder migrations(String location) {
        workspace.migrations(location);
        return this;
    }

    /** Packages scanned for {@link io.shale.migration.JavaMigration} classes. */
    public ShaleBuilder javaMigrations(String... packages) {
        workspace.javaMigrations(packages);
        return this;
    }

    public ShaleBuilder classLoader(ClassLoader classLoader) {
        workspace.classLoader(classLoader);
        return this;
    }

    public ShaleBuilder historyTable(String table) {
        workspace.historyTable(table);
        return this;
    }

    public ShaleBuilder metaTable(String table) {
        workspace.metaTable(table);
        return this;
    }

    public ShaleBuilder environment(String environment) {
        workspace.environment(environment);
        return this;
    }

    public ShaleBuilder protectedEnvironments(String... environments) {
        workspace.protectedEnvironments(environments);
        return this;
    }

    public ShaleBuilder lockTimeout(Duration timeout) {
        workspace.lockTimeout(timeout);
        return this;
    }

    /** How long one statement of a transactional migration may wait for a table lock (default 5s; zero: no limit). */
    public ShaleBuilder lockWait(Duration wait) {
        workspace.lockWait(wait);
        return this;
    }

    /** How often a migration that timed out waiting for a table lock is retried (default 10). */
    public ShaleBuilder lockRetries(int retries) {
        workspace.lockRetries(retries);
        return this;
    }

    /** Galera only: how long the lease lock stays valid without a heartbeat. */
    public ShaleBuilder lockLease(Duration lease) {
        workspace.lockLease(lease);
        return this;
    }

    /** Galera only: how often the lease holder renews it. */
    public ShaleBuilder lockHeartbeat(Duration heartbeat) {
        workspace.lockHeartbeat(heartbeat);
        return this;
    }

    public ShaleBuilder listener(MigrationListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Validates the settings and reads the migrations folder (and scans the Java packages, if any) once.
     *
     * @throws io.shale.error.ShaleException for an invalid setting, a missing folder or a malformed file
     */
    public Shale load() {
        Objects.requireNonNull(dataSource, "dataSource: call dataSource(...) before load()");
        Workspace built = workspace.dataSource(dataSource, where).build();
        built.migrations();
        return Shale.of(built).withListener(listener);
    }
}
