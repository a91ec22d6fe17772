package io.shale.sql;

/**
 * Bodies that hold plain SQL statements and close with END, as PostgreSQL's {@code BEGIN ATOMIC}
 * and SQLite's trigger bodies do. Inside a body every CASE opens a level that the next END
 * closes, so {@code CASE ... END} expressions do not end the body. A keyword written after a dot
 * ({@code t.end}) is a column name.
 */
public abstract class NestedEndTracker implements BodyTracker {

    private int depth;
    private Token previous;

    /** Whether {@code token} opens the body; asked for every token until one does. */
    protected abstract boolean opensBody(Token token, Token previous);

    @Override
    public final void accept(Token token) {
        boolean qualified = previous != null && previous.isSymbol('.');
        if (depth == 0) {
            if (opensBody(token, previous)) {
                depth = 1;
            }
        } else if (!qualified && token.isWord("CASE")) {
            depth++;
        } else if (!qualified && token.isWord("END")) {
            depth--;
        }
        previous = token;
    }

    @Override
    public final boolean insideBody() {
        return depth > 0;
    }
}
