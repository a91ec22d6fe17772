package io.shale.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one table of known configuration keys: their types, defaults and {@code SHALE_*} variables.
 * Validation, "did you mean" suggestions, environment overrides and {@code docs/configuration.md}
 * all follow it. A {@code *} segment stands for any name (a purge rule's name).
 */
public final class ConfigKeys {

    /** What a key holds, with the phrase messages use for it. */
    public enum Type {
        SECTION("a map of settings"),
        RULES("a map from rule names to rules"),
        TARGETS("a map from target names to targets"),
        STRING("a string"),
        SECRET("a string"),
        JDBC_URL("a JDBC URL (jdbc:...)"),
        PATH("a path"),
        PATH_LIST("a list of paths"),
        DURATION("a duration: whole seconds or a string such as 500ms, 30s, 5m, 1h"),
        COUNT("a whole number of zero or more"),
        IDENTIFIER("an SQL identifier (letters, digits, underscores; optionally schema.table)"),
        STRING_LIST("a list of strings"),
        PACKAGE_LIST("a Java package name or a list of them"),
        REFERENCE_DATA("`auto`, `none` or a list of table names");

        private final String expected;

        Type(String expected) {
            this.expected = expected;
        }

        /** "a list of strings": what a value of this type must be. */
        public String expected() {
            return expected;
        }

        public boolean isSection() {
            return this == SECTION || this == RULES || this == TARGETS;
        }

        /** True for the types that {@code SHALE_*} variables and overrides give as comma-separated text. */
        public boolean isList() {
            return this == PATH_LIST || this == STRING_LIST || this == PACKAGE_LIST;
        }
    }

    /**
     * One key.
     *
     * @param path                dotted kebab-case path, {@code *} for any name
     * @param type                what the value must be
     * @param required            must be present when its section is
     * @param defaultValue        the value when absent: a String, a {@code List<String>}, or null for none
     * @param environmentVariable the {@code SHALE_*} variable that overrides it, or null
     * @param example             a valid value as written in YAML, for hints and documentation
     * @param description         one sentence for the documentation
     */
    public record Key(String path, Type type, boolean required, Object defaultValue, String environmentVariable,
                      String example, String description) {

        /** The last segment of the path: {@code url} for {@code database.url}. */
        public String name() {
            return path.substring(path.lastIndexOf('.') + 1);
        }

        /** The path of the enclosing section, or "" at the top level. */
        public String parent() {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? "" : path.substring(0, dot);
        }
    }

    private static final List<Key> KEYS = List.of(
            section("database", "{ url: jdbc:postgresql://localhost:5432/app }",
                    "The managed database. Leave it out to use the embedded PostgreSQL."),
            key("database.url", Type.JDBC_URL, true, null, "SHALE_DATABASE_URL",
                    "jdbc:postgresql://localhost:5432/app", "JDBC URL of the managed database."),
            key("database.user", Type.STRING, false, null, "SHALE_DATABASE_USER", "app",
                    "User name, unless the URL holds it."),
            key("database.password", Type.SECRET, false, null, "SHALE_DATABASE_PASSWORD", "${POSTGRES_PASSWORD}",
                    "Password; never shown in any output."),
            key("database.schema", Type.STRING, false, null, "SHALE_DATABASE_SCHEMA", "public",
                    "Schema that holds the managed objects and the history tables."),
            key("migrations", Type.PATH, false, "db/migrations", "SHALE_MIGRATIONS", "db/migrations",
                    "Folder of the SQL migration files."),
            key("java-migrations", Type.PACKAGE_LIST, false, List.of(), "SHALE_JAVA_MIGRATIONS",
                    "[com.acme.migrations]", "Java packages scanned for Java migrations."),
            key("environment", Type.STRING, false, "development", "SHALE_ENVIRONMENT", "${SHALE_ENV:-development}",
                    "Name of this environment, recorded in the database."),
            key("protected-environments", Type.STRING_LIST, false, List.of("production"),
                    "SHALE_PROTECTED_ENVIRONMENTS", "[production, staging]",
                    "Environments in which destructive commands refuse to run without confirmation."),
            key("history-table", Type.IDENTIFIER, false, "shale_history", "SHALE_HISTORY_TABLE", "shale_history",
                    "Table recording applied migrations."),
            key("meta-table", Type.IDENTIFIER, false, "shale_meta", "SHALE_META_TABLE", "shale_meta",
                    "Key/value table recording the environment and tool version."),
            key("lock-timeout", Type.DURATION, false, "60s", "SHALE_LOCK_TIMEOUT", "30s",
                    "How long to wait for another migrator to finish."),
            key("lock-wait", Type.DURATION, false, "5s", "SHALE_LOCK_WAIT", "5s",
                    "How long one statement of a transactional migration may wait for a table lock (0: no limit)."),
            key("lock-retries", Type.COUNT, false, "10", "SHALE_LOCK_RETRIES", "10",
                    "How often a migration that timed out waiting for a table lock is retried."),
            key("lock-lease", Type.DURATION, false, "30s", "SHALE_LOCK_LEASE", "30s",
                    "Galera only: how long the lease lock stays valid without a heartbeat."),
            key("lock-heartbeat", Type.DURATION, false, "5s", "SHALE_LOCK_HEARTBEAT", "5s",
                    "Galera only: how often the lease holder renews it; shorter than lock-lease."),
            key("exclude", Type.STRING_LIST, false, List.of(), "SHALE_EXCLUDE", "[apscheduler_*]",
                    "Glob patterns of tables Shale never touches."),
            key("schemas", Type.STRING_LIST, false, List.of(), "SHALE_SCHEMAS", "[public, audit]",
                    "Schemas that generate, diff and check --drift compare (default: every non-system schema)."),
            section("verify", "{ since: origin/main }", "What the CI gate (check) also verifies."),
            key("verify.since", Type.STRING, false, null, "SHALE_VERIFY_SINCE", "origin/main",
                    "check also runs verify on the migrations new since this git ref or after this version."),
            section("embedded", "{ engine: postgresql, data-dir: .shale/postgres }",
                    "The embedded default database (PostgreSQL, or MariaDB)."),
            key("embedded.engine", Type.STRING, false, EmbeddedEngine.POSTGRESQL.key(), "SHALE_EMBEDDED_ENGINE",
                    EmbeddedEngine.MARIADB.key(),
                    "Which embedded server is the default database: postgresql or mariadb."),
            key("embedded.data-dir", Type.PATH, false, ".shale/postgres", "SHALE_EMBEDDED_DATA_DIR",
                    ".shale/postgres", "Where the embedded server keeps its data (.shale/mariadb for mariadb)."),

            section("models", "{ schema: db/schema.sql }", "Where the desired schema comes from."),
            plain("models.schema", Type.PATH, false, "db/schema.sql", "Declarative DDL file."),
            section("models.jpa", "{ classpath: [target/classes], packages: [com.acme.model] }",
                    "JPA entities as the desired schema."),
            plain("models.jpa.classpath", Type.PATH_LIST, false, "[target/classes]",
                    "Folders and jars holding the entity classes."),
            plain("models.jpa.packages", Type.PACKAGE_LIST, false, "[com.acme.model]",
                    "Packages scanned for entities."),
            plain("models.command", Type.STRING, false, "\"/usr/bin/python3 -m app.create_schema\"",
                    "Command that builds the desired schema in the scratch database Shale hands it."),
            key("models.timeout", Type.DURATION, false, "120s", null, "5m",
                    "How long models.command may run before it is stopped."),
            key("models.directory", Type.PATH, false, ".", null, ".",
                    "Folder models.command runs in."),
            plain("reference-data", Type.REFERENCE_DATA, false, "auto",
                    "Which tables hold reference rows that clear restores and squash keeps."),
            plain("seeds", Type.PATH, false, "db/seeds", "Folder of named seed sets."),
            new Key("purge", Type.RULES, false, null, null,
                    "{ test-users: { table: users, where: \"email LIKE :prefix || '%'\" } }",
                    "Named purge rules."),
            section("purge.*", "{ table: users, where: \"email LIKE :prefix || '%'\" }", "One purge rule."),
            plain("purge.*.table", Type.STRING, true, "users", "Table whose matching rows are deleted."),
            plain("purge.*.where", Type.STRING, true, "\"email LIKE :prefix || '%'\"",
                    "SQL condition; :name placeholders are parameters."),
            plain("purge.*.params", Type.STRING_LIST, false, "[prefix]", "Parameters the rule takes."),
            section("scratch", "{ url: jdbc:postgresql://localhost:5432/scratch }",
                    "Server for throw-away databases instead of the embedded PostgreSQL."),
            plain("scratch.url", Type.JDBC_URL, true, "jdbc:postgresql://localhost:5432/scratch",
                    "JDBC URL of the scratch server."),
            plain("scratch.user", Type.STRING, false, "postgres", "User name."),
            plain("scratch.password", Type.SECRET, false, "${SCRATCH_PASSWORD}", "Password."),
            new Key("targets", Type.TARGETS, false, null, null, "{ eu-1: { url: \"jdbc:postgresql://db-eu/app\" } }",
                    "Named databases that fleet commands (`--target`) run on, or generators of them (docs/fleets.md)."),
            section("targets.*", "{ url: \"jdbc:postgresql://db-eu/app\" }", "One target, or a generator of targets."),
            plain("targets.*.url", Type.JDBC_URL, false, "\"jdbc:postgresql://db-eu/app\"",
                    "JDBC URL of the target (for a generator: of the server or database it reads)."),
            plain("targets.*.user", Type.STRING, false, "app", "User name."),
            plain("targets.*.password", Type.SECRET, false, "${EU_PASSWORD}", "Password; never shown in any output."),
            plain("targets.*.schema", Type.STRING, false, "tenant_1",
                    "Schema that holds the target's objects and its history tables."),
            plain("targets.*.environment", Type.STRING, false, "production",
                    "The target's environment (default: `environment`); the guard applies per target."),
            plain("targets.*.databases", Type.STRING, false, "\"tenant_*\"",
                    "Generator: one target per database of the server at `url` whose name matches this glob."),
            plain("targets.*.schemas", Type.STRING_LIST, false, "[\"tenant_*\"]",
                    "Generator: one target per schema (names or globs) of the database at `url`."),
            plain("targets.*.query", Type.STRING, false, "\"SELECT name, url FROM tenants\"",
                    "Generator: one target per row (columns `name` and `url` or `schema`)."),
            plain("targets.*.on", Type.STRING, false, "registry",
                    "The target the `query` runs on (default: this entry's `url`)."));

    private ConfigKeys() {
    }

    /** Every key, in documentation order. */
    public static List<Key> all() {
        return KEYS;
    }

    /** The key that {@code path} (e.g. {@code purge.old-users.table}) denotes, if any. */
    public static Optional<Key> find(String path) {
        String[] segments = path.split("\\.", -1);
        for (Key key : KEYS) {
            if (matches(key.path().split("\\."), segments)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** The key a {@code SHALE_*} variable overrides, if any. */
    public static Optional<Key> forEnvironmentVariable(String variable) {
        return KEYS.stream().filter(k -> variable.equals(k.environmentVariable())).findFirst();
    }

    /** The keys directly under {@code sectionPath} ("" for the top level); wildcards are kept as {@code *}. */
    public static List<Key> children(String sectionPath) {
        List<Key> out = new ArrayList<>();
        for (Key key : KEYS) {
            if (key.parent().equals(sectionPath)) {
                out.add(key);
            }
        }
        return out;
    }

    private static boolean matches(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static Key key(String path, Type type, boolean required, Object defaultValue, String variable,
                           String example, String description) {
        return new Key(path, type, required, defaultValue, variable, example, description);
    }

    private static Key section(String path, String example, String description) {
        return new Key(path, Type.SECTION, false, null, null, example, description);
    }

    /** A key without default and without {@code SHALE_*} variable. */
    private static Key plain(String path, Type type, boolean required, String example, String description) {
        return new Key(path, type, required, null, null, example, description);
    }
}
