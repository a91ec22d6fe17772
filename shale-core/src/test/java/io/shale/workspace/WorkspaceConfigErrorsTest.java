package io.shale.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad configuration fails {@link Workspace#load} with the configuration's own codes and messages. */
class WorkspaceConfigErrorsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown key", "databse: { url: 'jdbc:h2:mem:x' }", ErrorCode.CONFIG_UNKNOWN_KEY,
                        "shale.yaml:1: unknown configuration key `databse`"),
                Arguments.of("purge rule without where", "purge: { r: { table: users } }", ErrorCode.CONFIG_BAD_VALUE,
                        "`purge.r.where` is required"),
                Arguments.of("reference-data word", "reference-data: some", ErrorCode.CONFIG_BAD_VALUE,
                        "`reference-data` is `some`, which is not `auto` or `none`"),
                Arguments.of("models as a list", "models: [db/schema.sql]", ErrorCode.CONFIG_BAD_TYPE,
                        "`models` must be a map of settings"),
                Arguments.of("scratch URL", "scratch: { url: 'postgres://x/y' }", ErrorCode.CONFIG_BAD_VALUE,
                        "`scratch.url` is `postgres://x/y`, which is not a JDBC URL"),
                Arguments.of("unset variable", "seeds: ${SEEDS_DIR}", ErrorCode.CONFIG_UNRESOLVED_VARIABLE,
                        "variable SEEDS_DIR used in `seeds` is not set"),
                Arguments.of("invalid YAML", "exclude: [a", ErrorCode.CONFIG_INVALID_YAML, "invalid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void load_badConfig_failsWithTheConfigCode(String name, String yaml, ErrorCode code, String message) {
        ShaleException e = catchThrowableOfType(ShaleException.class, () -> new ProjectFolder(dir).yaml(yaml).load());

        assertThat(e).as(name).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).contains(message);
        assertThat(e.hint()).isNotBlank();
    }
}
