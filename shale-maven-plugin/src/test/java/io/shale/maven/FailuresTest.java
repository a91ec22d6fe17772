package io.shale.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void describe_isTheClisErrorTextWithoutTheExitCode() {
        ShaleException e = new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING, "db/migrations does not exist",
                "create it, or set migrations: in shale.yaml");

        assertThat(Failures.describe(e)).isEqualTo("error: db/migrations does not exist\n"
                + "  hint: create it, or set migrations: in shale.yaml\n"
                + "  code: MIGRATIONS_DIR_MISSING");
    }

    @Test
    void describe_withoutHint_hasNoHintLine() {
        assertThat(Failures.describe(new ShaleException(ErrorCode.INTERNAL, "boom", null)))
                .isEqualTo("error: boom\n  code: INTERNAL");
    }

    @Test
    void hints_nameTheUserPropertiesInsteadOfTheClisFlags() {
        assertThat(Failures.flags("pass --yes, or --confirm app.db (on a terminal Shale asks for the name)"))
                .isEqualTo("pass -Dshale.yes, or -Dshale.confirm=app.db (on a terminal Shale asks for the name)");
        assertThat(Failures.flags("if you really mean to, pass --allow-protected --confirm shop"))
                .isEqualTo("if you really mean to, pass -Dshale.allowProtected -Dshale.confirm=shop");
    }
}
