package io.shale.fleet;

import io.shale.error.ShaleException;
import java.time.Duration;
import java.util.Objects;

/**
 * What happened on one target.
 *
 * @param target        the target
 * @param status        done, failed, or skipped (never started: fail-fast, a failed canary)
 * @param versionBefore the version before the command (null when skipped or unreachable)
 * @param versionAfter  the version after it (null when skipped or unreachable)
 * @param took          how long the target took (zero when skipped)
 * @param error         why it failed (null unless failed)
 * @param detail        the command's own result record (null when it did not complete)
 * @param <T>           the command's result type
 */
public record TargetResult<T>(Target target, Status status, Integer versionBefore, Integer versionAfter,
                              Duration took, ShaleException error, T detail) {
    public enum Status { DONE, FAILED, SKIPPED }

    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(took, "took");
    }

    static <T> TargetResult<T> skipped(Target target) {
        return new TargetResult<>(target, Status.SKIPPED, null, null, Duration.ZERO, null, null);
    }
}
