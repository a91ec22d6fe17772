package io.shale.cli;

import io.shale.cli.output.Json;
import io.shale.error.ShaleException;
import java.io.PrintWriter;

/**
 * How a failure looks: as text on stderr (what failed, what to do, the stable code), or under {@code --json}
 * as the one document on stdout, {@code {"error":{"code","message","hint","exit"}}} (docs/cli-json.md).
 */
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

    static void printJson(PrintWriter out, ShaleException e) {
        printJson(out, e.code().name(), e.getMessage(), e.hint(), ExitCodes.of(e.code().category()));
    }

    /** The error document; {@code hint} may be null. */
    static void printJson(PrintWriter out, String code, String message, String hint, int exit) {
        try (Json j = new Json(out)) {
            j.startObject().startObject("error").field("code", code).field("message", message).field("hint", hint)
                    .field("exit", exit).endObject().endObject();
        }
    }
}
