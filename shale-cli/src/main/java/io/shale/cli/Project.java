package io.shale.cli;

import io.shale.Shale;
import io.shale.command.MigrationListener;
import io.shale.config.ConfigLoader;
import io.shale.config.ConfigRequest;
import io.shale.config.ShaleConfig;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;

/**
 * One command's view of the user's project: the configuration, the migration files and, when a
 * command needs it, the database, which is the embedded PostgreSQL when none is configured.
 * Closing it stops an embedded server this command started.
 */
public final class Project implements AutoCloseable {
    private final CliEnvironment env;
    private final ShaleConfig config;
    private EmbeddedDatabase embedded;

    private Project(CliEnvironment env, ShaleConfig config) {
        this.env = env;
        this.config = config;
    }

    public static Project load(CliEnvironment env, GlobalOptions options) {
        ConfigRequest request = new ConfigRequest(env.workingDirectory(), options.directory, options.configFile,
                env.variables(), options.overrides());
        return new Project(env, new ConfigLoader().load(request));
    }

    public ShaleConfig config() {
        return config;
    }

    /** The migrations folder as the user would write it, relative to the working directory where possible. */
    public String migrationsLabel() {
        try {
            return env.workingDirectory().relativize(config.migrations()).toString();
        } catch (IllegalArgumentException e) {
            return config.migrations().toString();
        }
    }

    public MigrationSet migrations() {
        return MigrationLoader.load(config.migrations(), config.javaMigrationPackages(),
                Thread.currentThread().getContextClassLoader());
    }

    /** Reads the files, then connects (starting the embedded PostgreSQL when no database is configured). */
    public Shale shale(MigrationListener listener) {
        MigrationSet set = migrations();
        UrlDataSource dataSource;
        String where;
        if (config.usesEmbeddedDatabase()) {
            embedded = EmbeddedDatabase.open(config.embeddedDataDir());
            dataSource = embedded.dataSource();
            where = embedded.describe();
        } else {
            var db = config.database();
            dataSource = new UrlDataSource(db.url(), db.user(), db.password() == null ? null : db.password().reveal());
            where = db.redactedUrl();
        }
        return Shale.configure().config(config).migrationSet(set).dataSource(dataSource).describedAs(where)
                .listener(listener).load();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    public static ShaleException usage(String message, String hint) {
        return new ShaleException(ErrorCode.USAGE, message, hint);
    }
}
