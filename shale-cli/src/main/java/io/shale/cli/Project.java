package io.shale.cli;

import io.shale.Shale;
import io.shale.run.MigrationListener;
import io.shale.command.generate.ModelSource;
import io.shale.config.DatabaseSettings;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
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
    private final ScratchServers scratchServers = new ScratchServers();

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

    /** The managed database as a data source (starting the embedded PostgreSQL when none is configured). */
    public javax.sql.DataSource dataSource() {
        if (config.usesEmbeddedDatabase()) {
            if (embedded == null) {
                embedded = EmbeddedDatabase.open(config.embeddedDataDir());
            }
            return embedded.dataSource();
        }
        var db = config.database();
        return new UrlDataSource(db.url(), db.user(), db.password() == null ? null : db.password().reveal());
    }

    /** Reads the files, then connects (starting the embedded PostgreSQL when no database is configured). */
    public Shale shale(MigrationListener listener) {
        MigrationSet set = migrations();
        UrlDataSource dataSource;
        String where;
        if (config.usesEmbeddedDatabase()) {
            if (embedded == null) {
                embedded = EmbeddedDatabase.open(config.embeddedDataDir());
            }
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

    /** The managed engine's dialect, known from the URL without connecting (embedded: PostgreSQL). */
    public Dialect dialect() {
        return config.usesEmbeddedDatabase() ? Dialects.forUrl("jdbc:postgresql:") : Dialects.forUrl(config.database().url());
    }

    /** Where generate, diff and drift checks make their throw-away databases. */
    public ScratchProvider scratch() {
        Object scratch = config.extensions().get("scratch");
        if (config.usesEmbeddedDatabase()) {
            if (embedded == null) {
                embedded = EmbeddedDatabase.open(config.embeddedDataDir());
            }
            UrlDataSource ds = embedded.dataSource();
            return ScratchDatabases.beside(dialect(), ds.url(), ds.user(), null);
        }
        DatabaseSettings db = config.database();
        return scratchServers.provider(dialect(), scratch instanceof DatabaseSettings s ? s : null, db.url(), db.user(),
                db.password() == null ? null : db.password().reveal());
    }

    /**
     * The configured models, or an error saying how to configure them: {@code models.schema} (a DDL
     * file) or {@code models.jpa} (entity classes, turned into DDL for the managed engine by Hibernate).
     */
    public ModelSource models() {
        Object models = config.extensions().get("models");
        if (models instanceof java.util.Map<?, ?> map) {
            Object schema = map.get("schema");
            Object jpa = map.get("jpa");
            if (schema != null && jpa != null) {
                throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "models.schema and models.jpa are both set in "
                        + (config.configFile() == null ? "shale.yaml" : config.configFile()),
                        "keep one source of the desired schema: either the DDL file or the JPA entities");
            }
            if (schema instanceof java.nio.file.Path path) {
                return ModelSource.schemaFile(path);
            }
            if (schema instanceof String path) {
                return ModelSource.schemaFile(config.baseDir().resolve(path));
            }
            if (jpa instanceof java.util.Map<?, ?> settings) {
                return new io.shale.jpa.JpaModels(dialect(), paths(settings.get("classpath")),
                        strings(settings.get("packages")));
            }
        }
        throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "No models are configured in "
                + (config.configFile() == null ? "shale.yaml" : config.configFile()),
                "add `models: { schema: db/schema.sql }` (declarative DDL of the schema you want) or "
                        + "`models: { jpa: { classpath: [target/classes], packages: [com.acme.model] } }`");
    }

    private java.util.List<java.nio.file.Path> paths(Object list) {
        java.util.List<java.nio.file.Path> out = new java.util.ArrayList<>();
        if (list instanceof java.util.List<?> items) {
            for (Object item : items) {
                out.add(item instanceof java.nio.file.Path p ? p : config.baseDir().resolve(String.valueOf(item)));
            }
        }
        return out;
    }

    private static java.util.List<String> strings(Object list) {
        return list instanceof java.util.List<?> items ? items.stream().map(String::valueOf).toList() : java.util.List.of();
    }

    /** Tables never compared or touched: Shale's own and {@code exclude:}. */
    public TablePatterns skippedTables() {
        return TablePatterns.skipped(config);
    }

    @Override
    public void close() {
        scratchServers.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    public static ShaleException usage(String message, String hint) {
        return new ShaleException(ErrorCode.USAGE, message, hint);
    }
}
