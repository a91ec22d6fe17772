package io.shale.error;

import java.util.Objects;

/**
 * A failure the user can cause and fix. The message names what failed and where (file and line,
 * configuration key, table, database); the hint says what to do next. Neither ever contains a
 * password: callers redact URLs with {@link Redaction} before building messages.
 */
public class ShaleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String hint;

    public ShaleException(ErrorCode code, String message, String hint) {
        this(code, message, hint, null);
    }

    public ShaleException(ErrorCode code, String message, String hint, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.hint = hint;
    }

    public ErrorCode code() {
        return code;
    }

    /** What the user should do next; may be {@code null} when the message says it all. */
    public String hint() {
        return hint;
    }

    @Override
    public String toString() {
        return code + ": " + getMessage() + (hint == null ? "" : " (hint: " + hint + ")");
    }
}
