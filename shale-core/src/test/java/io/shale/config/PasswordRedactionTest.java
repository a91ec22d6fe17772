package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No password reaches a message, a hint or a {@code toString}, however the configuration fails. */
class PasswordRedactionTest {
    private static final String PASSWORD = "hunter2";

    @TempDir
    Path dir;

    record Case(String name, String[] yaml, String dotEnv, String variable, String value) {
        static Case yaml(String name, String... lines) {
            return new Case(name, lines, null, null, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> failures() {
        return Stream.of(
                Case.yaml("non-JDBC url with user-info password",
                        "database:", "  url: postgres://app:hunter2@db/app"),
                Case.yaml("non-JDBC url with password parameter",
                        "database:", "  url: postgresql://db/app?user=app&password=hunter2"),
                Case.yaml("misspelt key beside the password",
                        "database:", "  url: jdbc:h2:mem:x", "  password: hunter2", "  pasword: hunter2"),
                Case.yaml("password given as a list",
                        "database:", "  url: jdbc:h2:mem:x", "  password: [hunter2]"),
                Case.yaml("password given as a map",
                        "database:", "  url: jdbc:h2:mem:x", "  password: {hunter2: 1}"),
                Case.yaml("unterminated variable in the password",
                        "database:", "  url: jdbc:h2:mem:x", "  password: hunter2${X"),
                Case.yaml("malformed variable in the password",
                        "database:", "  url: jdbc:h2:mem:x", "  password: \"${hunter2 x}\""),
                Case.yaml("unset variable beside a literal password",
                        "database:", "  url: jdbc:h2:mem:x", "  password: hunter2${MISSING}"),
                Case.yaml("unset variable in a URL that holds the password",
                        "database:", "  url: jdbc:postgresql://app:hunter2@db/${MISSING}"),
                Case.yaml("unclosed quote in the password",
                        "database:", "  url: jdbc:h2:mem:x", "  password: \"hunter2"),
                Case.yaml("bad value elsewhere with a password set",
                        "database:", "  url: jdbc:h2:mem:x", "  password: hunter2", "lock-timeout: soon"),
                Case.yaml("scratch password as a list",
                        "scratch:", "  url: jdbc:h2:mem:x", "  password: [hunter2]"),
                new Case("malformed .env line holding the password",
                        new String[] {"environment: ${STAGE}"}, "DB_PASSWORD hunter2", null, null),
                new Case("malformed .env quote holding the password",
                        new String[] {"environment: ${STAGE}"}, "DB_PASSWORD='hunter2", null, null),
                new Case("non-JDBC url from a SHALE_ variable",
                        new String[0], null, "SHALE_DATABASE_URL", "postgres://app:hunter2@db/app"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void load_neverShowsThePassword(Case c) {
        TestProject project = new TestProject(dir);
        if (c.yaml().length > 0) {
            project.yaml(c.yaml());
        }
        if (c.dotEnv() != null) {
            project.file(".env", c.dotEnv());
        }
        if (c.variable() != null) {
            project.env(c.variable(), c.value()).env("SHALE_DATABASE_PASSWORD", PASSWORD);
        }

        ShaleException e = project.failure();

        assertThat(e.getMessage()).doesNotContain(PASSWORD);
        assertThat(String.valueOf(e.hint())).doesNotContain(PASSWORD);
        assertThat(e.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void toString_ofTheLoadedConfig_hidesEveryPassword() {
        ShaleConfig config = new TestProject(dir).yaml(
                        "database:",
                        "  url: jdbc:postgresql://app:hunter2@db/app?password=hunter2",
                        "  password: hunter2",
                        "scratch:",
                        "  url: jdbc:postgresql://postgres:hunter2@scratch/postgres",
                        "  password: hunter2")
                .load();

        assertThat(config.toString()).doesNotContain(PASSWORD).contains("jdbc:postgresql://app:***@db/app");
        assertThat(config.database().password().reveal()).isEqualTo(PASSWORD);
        assertThat(config.scratch().password().reveal()).isEqualTo(PASSWORD);
    }

    @Test
    void toString_hidesAPasswordFromDotEnv() {
        ShaleConfig config = new TestProject(dir)
                .yaml("database:", "  url: jdbc:h2:mem:x", "  password: ${DB_PASSWORD}")
                .file(".env", "DB_PASSWORD='hunter2'")
                .load();

        assertThat(config.toString()).doesNotContain(PASSWORD);
        assertThat(config.database().password().reveal()).isEqualTo(PASSWORD);
    }
}
