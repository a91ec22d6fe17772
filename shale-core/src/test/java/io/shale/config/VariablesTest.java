package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ${VAR}} in values: from the environment, then from {@code .env} beside the config file. */
class VariablesTest {
    @TempDir
    Path dir;

    private String environment(TestProject project) {
        return project.load().environment();
    }

    @Test
    void expand_table() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("${A}", "a"),
                Map.entry("x-${A}-${B}-y", "x-a-b-y"),
                Map.entry("${UNSET:-fallback}", "fallback"),
                Map.entry("${UNSET:-two words}", "two words"),
                Map.entry("'${UNSET:-}x'", "x"),
                Map.entry("${EMPTY:-used when empty}", "used when empty"),
                Map.entry("${A:-not used}", "a"),
                Map.entry("cost$$5", "cost$5"),
                Map.entry("'$${A}'", "${A}"),
                Map.entry("a$b", "a$b"),
                Map.entry("ends with $", "ends with $"),
                Map.entry("'${EMPTY}x'", "x"));
        cases.forEach((written, expected) -> {
            TestProject project = new TestProject(dir).yaml("environment: " + written)
                    .env("A", "a").env("B", "b").env("EMPTY", "");
            assertThat(environment(project)).as(written).isEqualTo(expected);
        });
    }

    @Test
    void expand_readsDotEnvBesideTheConfigFile() {
        TestProject project = new TestProject(dir)
                .file("app/shale.yaml", "environment: ${STAGE}")
                .file("app/.env", "STAGE=from-dotenv")
                .file(".env", "STAGE=wrong-folder")
                .directory("app");

        assertThat(environment(project)).isEqualTo("from-dotenv");
    }

    @Test
    void expand_processEnvironmentWinsOverDotEnv() {
        TestProject project = new TestProject(dir).yaml("environment: ${STAGE}")
                .file(".env", "STAGE=from-dotenv")
                .env("STAGE", "from-process");

        assertThat(environment(project)).isEqualTo("from-process");
    }

    @Test
    void expand_dotEnvValueIsUsedBeforeTheDefault() {
        TestProject project = new TestProject(dir).yaml("environment: ${STAGE:-default}").file(".env", "STAGE=dotenv");

        assertThat(environment(project)).isEqualTo("dotenv");
    }

    @Test
    void expand_inEveryStringValue_includingListsAndExtensions() {
        ShaleConfig config = new TestProject(dir).yaml(
                        "exclude: ['${PREFIX}_*']",
                        "migrations: ${DIR}/migrations",
                        "purge: { r: { table: '${T}', where: x = 1 } }")
                .file(".env", "PREFIX=tmp", "DIR=sql", "T=users")
                .load();

        assertThat(config.exclude()).containsExactly("tmp_*");
        assertThat(config.migrations()).isEqualTo(dir.resolve("sql/migrations"));
        assertThat(config.purge()).isEqualTo(Map.of("r", new PurgeSettings("users", "x = 1", java.util.List.of())));
    }

    @Test
    void expand_unsetVariable_namesVariableKeyFileAndLine() {
        ShaleException e = new TestProject(dir).yaml("migrations: db", "environment: ${STAGE}").failure();

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_UNRESOLVED_VARIABLE);
        assertThat(e.getMessage()).isEqualTo("shale.yaml:2: variable STAGE used in `environment` is not set");
        assertThat(e.hint()).contains("environment").contains(".env").contains("${STAGE:-default}");
    }

    @Test
    void expand_doesNotReadDotEnv_whenEveryVariableIsInTheEnvironment() {
        ShaleConfig config = new TestProject(dir).yaml("environment: ${STAGE}")
                .file(".env", "this line is not KEY=VALUE")
                .env("STAGE", "ci")
                .load();

        assertThat(config.environment()).isEqualTo("ci");
    }

    @Test
    void expand_malformedDotEnv_isReportedWithFileAndLine() {
        ShaleException e = new TestProject(dir).yaml("environment: ${STAGE}")
                .file(".env", "# settings", "STAGE dev")
                .failure();

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_ENV_FILE_INVALID);
        assertThat(e.getMessage()).contains("variable STAGE").contains(".env:2 could not be read");
        assertThat(e.hint()).contains("fix .env line 2");
    }

    @Test
    void expand_acceptsTheDotEnvOfAFlaskProject_bareKeysMultiLineValuesAndReferences() {
        TestProject project = new TestProject(dir).yaml("environment: ${STAGE}-${KEYS}")
                .file(".env", "DEBUG", "export HOST=db", "STAGE=\"${HOST}-stage\"",
                        "KEYS='-----BEGIN-----", "abc", "-----END-----'", "FLASK_APP=app.py");

        assertThat(environment(project)).isEqualTo("db-stage------BEGIN-----\nabc\n-----END-----");
    }

    @Test
    void expand_aStatementThatCannotBeRead_mattersOnlyWhenAVariableIsMissing() {
        TestProject project = new TestProject(dir).yaml("environment: ${STAGE}")
                .file(".env", "BROKEN=\"never closed", "STAGE=dev");

        assertThat(environment(project)).isEqualTo("dev");
    }

    @Test
    void expand_isNotAppliedToKeys() {
        ShaleException e = new TestProject(dir).yaml("${KEY}: x").env("KEY", "environment").failure();

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_UNKNOWN_KEY);
    }
}
