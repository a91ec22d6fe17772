package io.shale.sql;

/**
 * Follows one statement's significant tokens (no blank space or comments) to tell whether the
 * statement is inside a body such as {@code BEGIN ... END}, where a {@code ;} does not end it.
 * A tracker lives for one statement of one split and is then dropped.
 */
public interface BodyTracker {

    /** For dialects without bodies. */
    BodyTracker NONE = new BodyTracker() {
        @Override
        public void accept(Token token) {
        }

        @Override
        public boolean insideBody() {
            return false;
        }
    };

    /** Sees the next significant token, including each {@code ;} that the statement contains. */
    void accept(Token token);

    boolean insideBody();
}
