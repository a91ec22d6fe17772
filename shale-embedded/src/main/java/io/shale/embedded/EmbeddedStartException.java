package io.shale.embedded;

/**
 * An embedded engine could not be started, reached or stopped. The message says what failed and
 * where (data directory, port); {@link #hint()} says what to try next. The exception's
 * {@link #getMessage()} contains both, so a caller that only prints the message loses nothing.
 */
public final class EmbeddedStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String hint;

    public EmbeddedStartException(String problem, String hint) {
        this(problem, hint, null);
    }

    public EmbeddedStartException(String problem, String hint, Throwable cause) {
        super(hint == null ? problem : problem + "\nHint: " + hint, cause);
        this.problem = problem;
        this.hint = hint;
    }

    /** What failed, without the hint. */
    public String problem() {
        return problem;
    }

    /** What the user should try next; may be {@code null}. */
    public String hint() {
        return hint;
    }
}
