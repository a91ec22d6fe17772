package io.shale.cli;

import io.shale.error.ShaleException;
import java.io.PrintWriter;

/** How a {@link ShaleException} looks on the terminal: what failed, what to do, the stable code. */
final class ErrorPrinter {
    private ErrorPrinter() {
    }

    static void print(PrintWriter err, ShaleException e) {
        err.println("error: " + e.getMessage());
        if (e.hint() != null) {
            err.println("  hint: " + e.hint());
        }
        err.println("  code: " + e.code() + " (exit " + ExitCodes.of(e.code().category()) + ")");
        err.flush();
    }
}
