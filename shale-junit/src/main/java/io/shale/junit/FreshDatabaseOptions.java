package io.shale.junit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link FreshDatabases#open} needs to know; {@link #defaults()} then the {@code with*} methods.
 * Null means "not given": the value then comes from {@code shale.yaml} or the defaults below.
 *
 * @param project        the folder holding {@code shale.yaml}; null for the working directory
 * @param config         the config file, relative to {@code project}; null for {@code shale.yaml}/{@code shale.yml}
 * @param migrations     the migrations folder, relative to {@code project}; null for {@code migrations:}
 * @param url            where test databases are made: a JDBC URL, {@code embedded:postgres} or
 *                       {@code embedded:mariadb}; null for the system property {@code shale.junit.url},
 *                       then {@code database:} in the config, then the shared embedded PostgreSQL
 * @param version        the version to migrate to; -1 for the latest
 * @param seed           a seed set loaded into the template; null for none
 * @param stateDirectory where the shared embedded PostgreSQL and SQLite templates live, relative to the
 *                       working directory (default {@code target/shale-junit}): the same folder for every
 *                       fork of a build is what lets them share templates
 * @param spares         how many copies a PostgreSQL pool keeps ready ahead of demand (default 2)
 */
public record FreshDatabaseOptions(Path project, String config, String migrations, String url, String user,
                                   String password, int version, String seed, Path stateDirectory, int spares) {

    public FreshDatabaseOptions {
        Objects.requireNonNull(stateDirectory, "stateDirectory");
        if (spares < 0) {
            throw new IllegalArgumentException("spares must be >= 0: " + spares);
        }
    }

    public static FreshDatabaseOptions defaults() {
        return new FreshDatabaseOptions(null, null, null, null, null, null, -1, null, Path.of("target", "shale-junit"), 2);
    }

    public FreshDatabaseOptions withProject(Path value) {
        return new FreshDatabaseOptions(value, config, migrations, url, user, password, version, seed, stateDirectory, spares);
    }

    public FreshDatabaseOptions withConfig(String value) {
        return new FreshDatabaseOptions(project, value, migrations, url, user, password, version, seed, stateDirectory, spares);
    }

    public FreshDatabaseOptions withMigrations(String value) {
        return new FreshDatabaseOptions(project, config, value, url, user, password, version, seed, stateDirectory, spares);
    }

    public FreshDatabaseOptions withUrl(String value, String userName, String secret) {
        return new FreshDatabaseOptions(project, config, migrations, value, userName, secret, version, seed, stateDirectory, spares);
    }

    public FreshDatabaseOptions withVersion(int value) {
        return new FreshDatabaseOptions(project, config, migrations, url, user, password, value, seed, stateDirectory, spares);
    }

    public FreshDatabaseOptions withSeed(String value) {
        return new FreshDatabaseOptions(project, config, migrations, url, user, password, version, value, stateDirectory, spares);
    }

    public FreshDatabaseOptions withStateDirectory(Path value) {
        return new FreshDatabaseOptions(project, config, migrations, url, user, password, version, seed, value, spares);
    }

    public FreshDatabaseOptions withSpares(int value) {
        return new FreshDatabaseOptions(project, config, migrations, url, user, password, version, seed, stateDirectory, value);
    }

    /** The options an annotation states (empty strings and -1 mean "not given"). */
    static FreshDatabaseOptions of(ShaleTest test) {
        return defaults()
                .withProject(test.project().isEmpty() ? null : Path.of(test.project()))
                .withConfig(blankToNull(test.config()))
                .withMigrations(blankToNull(test.migrations()))
                .withUrl(blankToNull(test.url()), blankToNull(test.user()), blankToNull(test.password()))
                .withVersion(test.version())
                .withSeed(blankToNull(test.seed()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public String toString() {
        return "FreshDatabaseOptions[project=" + project + ", config=" + config + ", migrations=" + migrations
                + ", url=" + (url == null ? null : io.shale.error.Redaction.url(url)) + ", version=" + version
                + ", seed=" + seed + "]";
    }
}
