package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.run.Settings;
import io.shale.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lock-wait:} and {@code lock-retries:}: defaults, the file, variables, code, and refused values. */
class LockWaitSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaults_areFiveSecondsAndTenRetries() {
        ShaleConfig config = new TestProject(dir).yaml("environment: dev").load();

        assertThat(config.lockWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.lockRetries()).isEqualTo(10);
    }

    @Test
    void file_setsBoth_andReachTheCommandsSettings() {
        ShaleConfig config = new TestProject(dir).yaml("lock-wait: 1500ms", "lock-retries: 3").load();

        assertThat(config.lockWait()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.lockRetries()).isEqualTo(3);
        try (Workspace ws = Workspace.builder().config(config).build()) {
            Settings settings = ws.settings();
            assertThat(settings.lockWait()).isEqualTo(Duration.ofMillis(1500));
            assertThat(settings.lockRetries()).isEqualTo(3);
        }
    }

    @Test
    void variables_winOverTheFile_andZeroMeansNoLimit() {
        ShaleConfig config = new TestProject(dir).yaml("lock-wait: 3s", "lock-retries: 3")
                .env("SHALE_LOCK_WAIT", "0").env("SHALE_LOCK_RETRIES", "0").load();

        assertThat(config.lockWait()).isZero();
        assertThat(config.lockRetries()).isZero();
    }

    @Test
    void lockRetries_thatIsNotAWholeNumber_isRefusedWithTheLineAndAnExample() {
        ShaleException e = new TestProject(dir).yaml("environment: dev", "lock-retries: many").failure();

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
        assertThat(e.getMessage()).contains("shale.yaml:2:", "`lock-retries` is `many`",
                "a whole number of zero or more");
        assertThat(e.hint()).contains("`10`");
    }

    @Test
    void builder_refusesNegativeValues() {
        ShaleException wait = catchShale(() -> Workspace.builder().baseDir(dir)
                .lockWait(Duration.ofSeconds(-1)).build());
        ShaleException retries = catchShale(() -> Workspace.builder().baseDir(dir).lockRetries(-1).build());

        assertThat(wait.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
        assertThat(wait.getMessage()).contains("lock-wait is negative");
        assertThat(retries.getMessage()).contains("lock-retries is negative");
    }

    private static ShaleException catchShale(Runnable r) {
        try {
            r.run();
        } catch (ShaleException e) {
            return e;
        }
        throw new AssertionError("no ShaleException");
    }
}
