package io.shale.config;

import static io.shale.error.ErrorCode.CONFIG_BAD_TYPE;
import static io.shale.error.ErrorCode.CONFIG_BAD_VALUE;
import static io.shale.error.ErrorCode.CONFIG_INVALID_YAML;
import static io.shale.error.ErrorCode.CONFIG_UNKNOWN_KEY;
import static io.shale.error.ErrorCode.CONFIG_UNRESOLVED_VARIABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a configuration is refused: the code, where the message points, and what the hint says. */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    /**
     * @param where   the start of the message: file and line, or the variable or flag
     * @param message further text the message must contain (the key path, the problem)
     * @param hint    text the hint must contain
     */
    record Case(String name, String yaml, Map<String, String> env, Map<String, String> overrides, ErrorCode code,
                String where, String message, String hint) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case file(String name, String yaml, ErrorCode code, String where, String message, String hint) {
        return new Case(name, yaml, Map.of(), Map.of(), code, where, message, hint);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // unknown keys, with suggestions
                file("misspelt database key", "database:\n  url: jdbc:h2:mem:x\n  pasword: x\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:3:", "`database.pasword`", "did you mean `database.password`?"),
                file("misspelt top-level key", "migratons: db\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:1:", "`migratons`", "did you mean `migrations`?"),
                file("swapped letters", "enviornment: dev\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:1:", "`enviornment`", "did you mean `environment`?"),
                file("wrong case", "Environment: dev\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:1:", "`Environment`", "did you mean `environment`?"),
                file("snake case", "lock_timeout: 5s\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:1:", "`lock_timeout`", "did you mean `lock-timeout`?"),
                file("key in the wrong section", "password: x\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:1:", "`password`",
                        "did you mean `database.password`? It belongs under `database`."),
                file("top-level key inside a section", "database:\n  url: jdbc:h2:mem:x\n  migrations: db\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:3:", "`database.migrations`", "It belongs at the top level."),
                file("dotted key", "database.url: jdbc:h2:mem:x\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:1:", "`database.url`", "as nested keys: `database:`"),
                file("unknown key without suggestion", "environment: dev\nfrobnicate: 1\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:2:", "`frobnicate`", "known keys at the top level: database,"),
                file("misspelt key in a purge rule", "purge:\n  old:\n    tabel: users\n    where: x\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:3:", "`purge.old.tabel`", "did you mean `purge.old.table`?"),
                file("misspelt nested jpa key", "models:\n  jpa:\n    pakages: [a]\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:3:", "`models.jpa.pakages`",
                        "did you mean `models.jpa.packages`?"),
                file("misspelt embedded key", "embedded:\n  datadir: pg\n",
                        CONFIG_UNKNOWN_KEY, "shale.yaml:2:", "`embedded.datadir`", "did you mean `embedded.data-dir`?"),
                new Case("unknown override key", "", Map.of(), Map.of("database.pasword", "x"), CONFIG_UNKNOWN_KEY,
                        "command-line override of `database.pasword`", "unknown configuration key",
                        "did you mean `database.password`?"),

                // wrong types
                file("list where a string is expected", "environment: [dev, test]\n",
                        CONFIG_BAD_TYPE, "shale.yaml:1:", "`environment` must be a string, not a list", "environment:"),
                file("map where a list is expected", "exclude:\n  a: b\n",
                        CONFIG_BAD_TYPE, "shale.yaml:2:", "`exclude` must be a list of strings, not a map",
                        "exclude: [apscheduler_*]"),
                file("single value where a list is expected", "protected-environments: production\n",
                        CONFIG_BAD_TYPE, "shale.yaml:1:", "`protected-environments` must be a list of strings",
                        "protected-environments: [production, staging]"),
                file("single value where a section is expected", "database: jdbc:h2:mem:x\n",
                        CONFIG_BAD_TYPE, "shale.yaml:1:", "`database` must be a map of settings", "database: {"),
                file("map inside a list", "exclude:\n  - a\n  - {b: c}\n",
                        CONFIG_BAD_TYPE, "shale.yaml:3:", "`exclude[2]` must be a string, not a map", "exclude:"),
                file("purge rule that is not a map", "purge:\n  old: users\n",
                        CONFIG_BAD_TYPE, "shale.yaml:2:", "`purge.old` must be a map of settings", "table: users"),
                file("reference-data as a map", "reference-data: {a: b}\n",
                        CONFIG_BAD_TYPE, "shale.yaml:1:", "`auto`, `none` or a list of table names", "reference-data:"),
                new Case("override of a whole section", "", Map.of(), Map.of("database", "x"), CONFIG_BAD_TYPE,
                        "command-line override of `database`", "is a section", "database.url"),
                new Case("variable under a key that is not a section", "embedded: [a]\n",
                        Map.of("SHALE_EMBEDDED_DATA_DIR", "pg"), Map.of(), CONFIG_BAD_TYPE,
                        "shale.yaml:1:", "`embedded` must be a map of settings, not a list", "data-dir"),

                // bad values
                file("negative lock timeout", "lock-timeout: -5\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`lock-timeout` is negative (`-5`)", "`30s`"),
                file("negative lock timeout with unit", "lock-timeout: -5s\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`lock-timeout`", "`500ms`"),
                file("lock timeout in words", "lock-timeout: 5 minutes\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`5 minutes`", "`5m`"),
                file("fractional lock timeout", "lock-timeout: 1.5s\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`1.5s`", "whole seconds"),
                file("identifier with a dash", "history-table: shale-history\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`history-table` is `shale-history`", "shale_history"),
                file("identifier with two dots", "meta-table: a.b.c\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`meta-table`", "myschema.shale_meta"),
                file("package that is a keyword", "java-migrations: [com.acme.class]\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`java-migrations[1]` is `com.acme.class`",
                        "com.acme.migrations"),
                file("package starting with a digit", "java-migrations: 1acme\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "not a Java package name", "com.acme.migrations"),
                file("database without url", "database:\n  user: app\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`database.url` is required when `database` is given",
                        "remove `database` to use the embedded PostgreSQL"),
                file("empty database section", "database:\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`database.url` is required", "add `url:"),
                file("url that is not JDBC", "database:\n  url: postgres://localhost/app\n",
                        CONFIG_BAD_VALUE, "shale.yaml:2:", "not a JDBC URL", "jdbc:"),
                file("empty environment", "environment: ''\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`environment` is empty", "remove the key to use the default"),
                file("empty list item", "exclude: [a, ~]\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`exclude[2]` is empty", "remove the empty item"),
                file("purge rule without where", "purge:\n  old:\n    table: users\n",
                        CONFIG_BAD_VALUE, "shale.yaml:2:", "`purge.old.where` is required", "where:"),
                file("scratch without url", "scratch:\n  user: postgres\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`scratch.url` is required", "url:"),
                file("unknown reference-data mode", "reference-data: sometimes\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "`sometimes`", "`auto`, `none`"),
                file("unterminated variable", "environment: ${SHALE_ENV\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "has `${SHALE_ENV` with no closing }", "${NAME:-default}"),
                file("malformed variable name", "environment: ${SHALE-ENV}\n",
                        CONFIG_BAD_VALUE, "shale.yaml:1:", "has `${SHALE-ENV}` that is not a valid reference", "$$"),
                new Case("bad value from a SHALE_ variable", "", Map.of("SHALE_LOCK_TIMEOUT", "soon"), Map.of(),
                        CONFIG_BAD_VALUE, "environment variable SHALE_LOCK_TIMEOUT:", "`lock-timeout` is `soon`", "`30s`"),
                new Case("bad value from an override", "", Map.of(), Map.of("history-table", "a b"), CONFIG_BAD_VALUE,
                        "command-line override of `history-table`:", "`history-table` is `a b`", "shale_history"),
                new Case("database section created by an override without url", "", Map.of(),
                        Map.of("database.user", "app"), CONFIG_BAD_VALUE, "command-line override of `database.user`",
                        "`database.url` is required", "database"),

                // unresolved variables
                file("unset variable", "database:\n  url: jdbc:h2:mem:x\n  user: ${DB_USER}\n",
                        CONFIG_UNRESOLVED_VARIABLE, "shale.yaml:3:", "variable DB_USER used in `database.user` is not set",
                        "set DB_USER in the environment or in .env, or write ${DB_USER:-default}"),

                // YAML itself
                file("unclosed flow sequence", "database:\n  url: jdbc:h2:mem:x\nexclude: [a, b\n",
                        CONFIG_INVALID_YAML, "shale.yaml:4:", "invalid YAML", "indentation"),
                file("bad indentation", "database:\n  url: jdbc:h2:mem:x\n user: app\n",
                        CONFIG_INVALID_YAML, "shale.yaml:3:", "invalid YAML", "indentation"),
                file("tab indentation", "database:\n\turl: jdbc:h2:mem:x\n",
                        CONFIG_INVALID_YAML, "shale.yaml:2:", "invalid YAML", "fix the YAML"),
                file("top level is a list", "- migrations\n- exclude\n",
                        CONFIG_INVALID_YAML, "shale.yaml:1:", "the top level must be a map of keys, not a list",
                        "migrations: db/migrations"),
                file("top level is a single value", "hello\n",
                        CONFIG_INVALID_YAML, "shale.yaml:1:", "not a single value", "docs/configuration.md"),
                file("duplicate key", "environment: a\nmigrations: m\nenvironment: b\n",
                        CONFIG_INVALID_YAML, "shale.yaml:3:", "duplicate key `environment` (first at line 1)",
                        "keep one"),
                file("two documents", "environment: a\n---\nenvironment: b\n",
                        CONFIG_INVALID_YAML, "shale.yaml:", "invalid YAML", "fix the YAML"),
                file("list as a key", "[a, b]: c\n",
                        CONFIG_INVALID_YAML, "shale.yaml:1:", "keys must be plain names", "plain names"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void load_refuses(Case c) {
        TestProject project = new TestProject(dir);
        if (!c.yaml().isEmpty()) {
            project.file("shale.yaml", c.yaml().stripTrailing());
        }
        c.env().forEach(project::env);
        c.overrides().forEach(project::override);

        ShaleException e = project.failure();

        assertThat(e.code()).as("code").isEqualTo(c.code());
        assertThat(e.getMessage()).as("message").startsWith(c.where()).contains(c.message());
        assertThat(e.hint()).as("hint").contains(c.hint());
    }
}
