package io.shale.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The engines {@code embedded.engine} names: which embedded server is the project's database when
 * {@code database:} is absent. Their keys are the enum names in lower case.
 */
public enum EmbeddedEngine {
    /** The default: an embedded PostgreSQL in {@code .shale/postgres}. */
    POSTGRESQL(".shale/postgres"),
    /** An embedded MariaDB in {@code .shale/mariadb}. */
    MARIADB(".shale/mariadb");

    private final String defaultDataDir;

    EmbeddedEngine(String defaultDataDir) {
        this.defaultDataDir = defaultDataDir;
    }

    /** How {@code embedded.engine} spells it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where its data lives when {@code embedded.data-dir} is not set, relative to the project. */
    public String defaultDataDir() {
        return defaultDataDir;
    }

    /** Every key, in declaration order: the values {@code embedded.engine} accepts. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(EmbeddedEngine::key).toList();
    }

    /** The engine {@code key} names, if any. */
    public static Optional<EmbeddedEngine> of(String key) {
        return Arrays.stream(values()).filter(e -> e.key().equals(key)).findFirst();
    }
}
