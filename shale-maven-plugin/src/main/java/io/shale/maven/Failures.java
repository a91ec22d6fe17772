package io.shale.maven;

import io.shale.error.ShaleException;

/**
 * How a {@link ShaleException} reads in a failed build: the lines the CLI's error printer writes
 * (what failed, what to do, the stable code), without the CLI's exit code, which Maven does not have.
 * The text is copied from shale-cli's package-private {@code ErrorPrinter}; keep the two alike.
 */
final class Failures {
    private Failures() {
    }

    static String describe(ShaleException e) {
        StringBuilder s = new StringBuilder("error: ").append(e.getMessage());
        if (e.hint() != null) {
            s.append("\n  hint: ").append(e.hint());
        }
        return s.append("\n  code: ").append(e.code()).toString();
    }
}
