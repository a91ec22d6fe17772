package io.shale.spring;

import io.shale.config.ConfigLoader;
import io.shale.config.ConfigRequest;
import io.shale.config.ShaleConfig;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.workspace.Workspace;
import io.shale.workspace.WorkspaceBuilder;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Turns the {@code shale.*} properties, and the project's {@code shale.yaml} when there is one, into a
 * workspace on one data source. The file is read once, as the CLI reads it ({@code .env} and
 * {@code SHALE_*} variables included); properties that are set override it; the data source bean
 * always replaces the file's {@code database}.
 */
final class WorkspaceFactory {
    static final String DEFAULT_MIGRATIONS = "classpath:db/migrations";
    private static final String FILESYSTEM = "filesystem:";
    private static final String CLASSPATH = "classpath:";

    private final ShaleProperties properties;
    private final ShaleConfig file;
    private final ClassLoader classLoader;

    /**
     * @param environment the process environment, for {@code ${VAR}} references and {@code SHALE_*} variables
     * @throws ShaleException with a CONFIG_* code when the file is unreadable or invalid, or
     *                        {@code shale.config-file} names a file that does not exist
     */
    WorkspaceFactory(ShaleProperties properties, Path workingDirectory, Map<String, String> environment,
                     ClassLoader classLoader) {
        this.properties = properties;
        this.classLoader = classLoader;
        ShaleConfig config = new ConfigLoader().load(
                new ConfigRequest(workingDirectory, null, properties.getConfigFile(), environment, Map.of()));
        this.file = config.configFile() == null ? null : config;
    }

    /** The project's configuration file, or null when none was found. */
    Path configFile() {
        return file == null ? null : file.configFile();
    }

    /** A workspace on {@code dataSource}, built and validated; the caller closes it. */
    Workspace create(String beanName, DataSource dataSource) {
        WorkspaceBuilder builder = Workspace.builder();
        if (file != null) {
            builder.config(file);
        }
        builder.dataSource(dataSource, "the data source bean '" + beanName + "'");
        builder.classLoader(classLoader);
        String migrations = properties.forDataSource(beanName).getMigrations();
        String migrationsProperty = "shale.data-sources." + beanName + ".migrations";
        if (migrations == null) {
            migrations = properties.getMigrations();
            migrationsProperty = "shale.migrations";
        }
        if (migrations != null) {
            location(builder, migrations, migrationsProperty);
        } else if (file == null) {
            builder.migrations(DEFAULT_MIGRATIONS);
        }
        if (properties.getEnvironment() != null) {
            builder.environment(properties.getEnvironment());
        }
        if (properties.getProtectedEnvironments() != null) {
            builder.protectedEnvironments(properties.getProtectedEnvironments().toArray(String[]::new));
        }
        if (properties.getLockTimeout() != null) {
            builder.lockTimeout(properties.getLockTimeout());
        }
        if (properties.getLockWait() != null) {
            builder.lockWait(properties.getLockWait());
        }
        if (properties.getLockRetries() != null) {
            builder.lockRetries(properties.getLockRetries());
        }
        if (properties.getLockLease() != null) {
            builder.lockLease(properties.getLockLease());
        }
        if (properties.getLockHeartbeat() != null) {
            builder.lockHeartbeat(properties.getLockHeartbeat());
        }
        return builder.build();
    }

    private static void location(WorkspaceBuilder builder, String location, String property) {
        if (location.startsWith(CLASSPATH)) {
            builder.migrations(location);
        } else if (location.startsWith(FILESYSTEM)) {
            builder.migrations(Path.of(location.substring(FILESYSTEM.length())));
        } else if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !location.matches("^[a-zA-Z]:[\\\\/].*")) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE,
                    property + " is '" + location + "', a kind of location Shale does not read",
                    "write classpath:db/migrations (on the class path) or filesystem:db/migrations (a folder on disk)");
        } else {
            builder.migrations(Path.of(location));
        }
    }
}
