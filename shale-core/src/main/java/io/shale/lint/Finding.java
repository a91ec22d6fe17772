package io.shale.lint;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem lint found in one statement.
 *
 * @param code     the rule's stable code ({@code DS102})
 * @param severity the rule's severity
 * @param message  one line naming the object concerned
 * @param file     the migration file
 * @param line     the 1-based line in the file of the statement's first token
 * @param hint     the safe alternative
 */
public record Finding(String code, Severity severity, String message, Path file, int line, String hint) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(hint, "hint");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
