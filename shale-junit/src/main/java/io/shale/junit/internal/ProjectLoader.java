package io.shale.junit.internal;

import io.shale.config.ConfigRequest;
import io.shale.config.ShaleConfig;
import io.shale.data.ReferenceDataPolicy;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.junit.FreshDatabaseOptions;
import io.shale.workspace.Workspace;
import io.shale.migration.MigrationSet;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The one place the extension reads a project: {@code shale.yaml} (and {@code .env}, {@code SHALE_*}
 * variables) through core's {@link Workspace}, overridden by the options, and the migrations folder.
 */
public final class ProjectLoader {
    /** System properties naming the server when neither the annotation nor the options do. */
    public static final String URL_PROPERTY = "shale.junit.url";
    public static final String USER_PROPERTY = "shale.junit.user";
    public static final String PASSWORD_PROPERTY = "shale.junit.password";

    private ProjectLoader() {
    }

    /**
     * @throws ShaleException for a malformed config, a missing migrations folder, a malformed file, a
     *                        version the files do not have, or a seed set asked for below the latest version
     */
    public static Project load(FreshDatabaseOptions options) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        Map<String, String> overrides = new HashMap<>();
        if (options.migrations() != null) {
            overrides.put("migrations", options.migrations());
        }
        ShaleConfig config;
        MigrationSet migrations;
        Path seeds;
        ReferenceDataPolicy referenceData;
        try (Workspace workspace = Workspace.load(new ConfigRequest(workingDirectory, options.project(),
                options.config() == null ? null : Path.of(options.config()), System.getenv(), overrides))) {
            config = workspace.config();
            migrations = workspace.migrations();
            seeds = workspace.seeds();
            referenceData = workspace.referenceData();
        }
        int version = options.version() < 0 ? migrations.latestVersion() : options.version();
        if (options.version() >= 0 && options.version() != 0 && migrations.find(options.version()).isEmpty()) {
            throw new ShaleException(ErrorCode.TARGET_INVALID, "No migration has version " + options.version()
                    + " in " + config.migrations() + " (latest is " + migrations.latestVersion() + ")",
                    "give the version of an existing migration file, or -1 for the latest");
        }
        if (options.seed() != null && version != migrations.latestVersion()) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Seed set '" + options.seed() + "' asked for at version "
                    + version + ", but seeds are written against the latest version (" + migrations.latestVersion() + ")",
                    "leave out the seed set, or the version");
        }
        String url = firstOf(options.url(), System.getProperty(URL_PROPERTY),
                config.database() == null ? null : config.database().url());
        String user;
        String password;
        if (options.url() != null) {
            user = options.user();
            password = options.password();
        } else if (System.getProperty(URL_PROPERTY) != null) {
            user = System.getProperty(USER_PROPERTY);
            password = System.getProperty(PASSWORD_PROPERTY);
        } else if (config.database() != null) {
            user = config.database().user();
            password = config.database().password() == null ? null : config.database().password().reveal();
        } else {
            user = null;
            password = null;
        }
        if ("embedded:postgres".equals(url)) {
            url = null;
        }
        return new Project(config, migrations, url, user, password, version, options.seed(), seeds, referenceData,
                workingDirectory.resolve(options.stateDirectory()).normalize());
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
