package io.shale.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options every command takes, before or after the command name ({@code shale -C app upgrade}
 * and {@code shale upgrade -C app} mean the same). Flags override {@code SHALE_*} variables,
 * which override {@code shale.yaml}.
 */
public final class GlobalOptions {
    @Option(names = {"-C", "--directory"}, paramLabel = "DIR", description = "Run as if started in DIR (where shale.yaml is).")
    public Path directory;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default: shale.yaml in DIR).")
    public Path configFile;

    @Option(names = "--url", paramLabel = "JDBC_URL", description = "The database URL (overrides database.url).")
    public String url;

    @Option(names = "--user", paramLabel = "USER", description = "The database user (overrides database.user).")
    public String user;

    @Option(names = "--migrations", paramLabel = "DIR", description = "The migrations folder (overrides migrations).")
    public String migrations;

    @Option(names = "--environment", paramLabel = "ENV", description = "The environment name (overrides environment).")
    public String environment;

    @Option(names = "--lock-timeout", paramLabel = "DURATION",
            description = "How long to wait for another migrator, e.g. 30s, 5m (overrides lock-timeout).")
    public String lockTimeout;

    @Option(names = "--lock-wait", paramLabel = "DURATION",
            description = "How long a migration's statement may wait for a table lock, e.g. 2s; 0: no limit "
                    + "(overrides lock-wait).")
    public String lockWait;

    @Option(names = "--lock-retries", paramLabel = "COUNT",
            description = "How often a migration that timed out on a table lock is retried (overrides lock-retries).")
    public String lockRetries;

    /** These options, with any that {@code inner} sets taking precedence. */
    public GlobalOptions mergeWith(GlobalOptions inner) {
        GlobalOptions out = new GlobalOptions();
        out.directory = inner.directory != null ? inner.directory : directory;
        out.configFile = inner.configFile != null ? inner.configFile : configFile;
        out.url = inner.url != null ? inner.url : url;
        out.user = inner.user != null ? inner.user : user;
        out.migrations = inner.migrations != null ? inner.migrations : migrations;
        out.environment = inner.environment != null ? inner.environment : environment;
        out.lockTimeout = inner.lockTimeout != null ? inner.lockTimeout : lockTimeout;
        out.lockWait = inner.lockWait != null ? inner.lockWait : lockWait;
        out.lockRetries = inner.lockRetries != null ? inner.lockRetries : lockRetries;
        return out;
    }

    /** The configuration overrides these flags stand for, keyed by configuration key. */
    public Map<String, String> overrides() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "database.url", url);
        put(out, "database.user", user);
        put(out, "migrations", migrations);
        put(out, "environment", environment);
        put(out, "lock-timeout", lockTimeout);
        put(out, "lock-wait", lockWait);
        put(out, "lock-retries", lockRetries);
        return out;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
