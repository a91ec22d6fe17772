package io.shale.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.config.ConfigRequest;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lock-lease} and {@code lock-heartbeat}: the Galera lease settings, from the file or in code. */
class LockLeaseSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaults_areAThirtySecondLeaseRenewedEveryFiveSeconds() {
        try (Workspace ws = Workspace.builder().baseDir(dir).build()) {
            assertThat(ws.settings().lockLease()).isEqualTo(Duration.ofSeconds(30));
            assertThat(ws.settings().lockHeartbeat()).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @Test
    void shaleYaml_setsLeaseAndHeartbeat() throws Exception {
        Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(dir.resolve("shale.yaml"), "lock-lease: 2m\nlock-heartbeat: 10s\n");
        try (Workspace ws = Workspace.load(ConfigRequest.of(dir))) {
            assertThat(ws.settings().lockLease()).isEqualTo(Duration.ofMinutes(2));
            assertThat(ws.settings().lockHeartbeat()).isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void heartbeatNotShorterThanTheLease_isRefused() {
        assertThatThrownBy(() -> Workspace.builder().baseDir(dir).lockLease(Duration.ofSeconds(5))
                .lockHeartbeat(Duration.ofSeconds(5)).build())
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                    assertThat(e.getMessage()).contains("lock-heartbeat").contains("lock-lease");
                });
        assertThatThrownBy(() -> Workspace.builder().baseDir(dir).lockHeartbeat(Duration.ZERO).build())
                .isInstanceOf(ShaleException.class);
    }
}
