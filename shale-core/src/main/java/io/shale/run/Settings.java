package io.shale.run;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What commands need from the configuration.
 *
 * @param migrationsLabel how messages name the migrations folder
 */
public record Settings(String historyTable, String metaTable, String environment, List<String> protectedEnvironments,
                       Duration lockTimeout, String migrationsLabel) {
    public static final String TOOL_VERSION = "0.1.0";

    public Settings {
        Objects.requireNonNull(historyTable);
        Objects.requireNonNull(metaTable);
        Objects.requireNonNull(environment);
        protectedEnvironments = List.copyOf(protectedEnvironments);
        Objects.requireNonNull(lockTimeout);
        Objects.requireNonNull(migrationsLabel);
    }

    public static Settings defaults(String migrationsLabel) {
        return new Settings("shale_history", "shale_meta", "development", List.of("production"),
                Duration.ofSeconds(60), migrationsLabel);
    }

}
