package io.shale.embedded;

import java.util.Objects;

/** Holds the process's default {@link StartProgress}, which {@link StartProgress#LOG} reports to. */
final class ProcessStartProgress {
    private static volatile StartProgress current = StartProgress.LOGGER;

    private ProcessStartProgress() {
    }

    static StartProgress current() {
        return current;
    }

    static void set(StartProgress progress) {
        current = Objects.requireNonNull(progress, "progress");
    }
}
