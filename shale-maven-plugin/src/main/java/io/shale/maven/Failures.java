package io.shale.maven;

import io.shale.error.ShaleException;

/**
 * How a {@link ShaleException} reads in a failed build: the lines the CLI's error printer writes
 * (what failed, what to do, the stable code), without the CLI's exit code, which Maven does not have.
 * The text is copied from shale-cli's package-private {@code ErrorPrinter}; keep the two alike. Core's
 * hints name the CLI's confirmation flags; here they name the user properties that do the same.
 */
final class Failures {
    private Failures() {
    }

    static String describe(ShaleException e) {
        StringBuilder s = new StringBuilder("error: ").append(e.getMessage());
        if (e.hint() != null) {
            s.append("\n  hint: ").append(flags(e.hint()));
        }
        return s.append("\n  code: ").append(e.code()).toString();
    }

    /** {@code --yes}, {@code --confirm NAME} and {@code --allow-protected} as {@code -Dshale.*} properties. */
    static String flags(String hint) {
        return hint.replaceAll("--confirm[ =](\\S+)", "-Dshale.confirm=$1")
                .replace("--yes", "-Dshale.yes")
                .replace("--allow-protected", "-Dshale.allowProtected");
    }
}
