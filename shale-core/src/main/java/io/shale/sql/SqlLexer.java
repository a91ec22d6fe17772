package io.shale.sql;

import io.shale.sql.Token.Kind;

/**
 * Cuts a script into tokens, one at a time. The rules that most dialects share live here: blank
 * space, {@code --} line comments, non-nesting block comments, {@code '...'} strings and
 * {@code "..."} identifiers with doubled-quote escapes, words and one-character symbols. A
 * dialect first gets the chance to read a token its own way. Lexers hold no state.
 */
public abstract class SqlLexer {

    /**
     * The token that starts at {@code i}, which is before the end of {@code s}. A word ends at
     * {@code wordLimit} at the latest, because a changed delimiter may start with a word
     * character ({@code END$$} in MySQL); strings and comments ignore it.
     */
    public final Token next(String s, int i, int wordLimit) {
        Token own = dialectToken(s, i);
        if (own != null) {
            return own;
        }
        char c = s.charAt(i);
        if (Scan.isSpace(c)) {
            return new Token(s, Kind.WHITESPACE, i, Scan.spaceEnd(s, i));
        }
        if (Scan.startsWith(s, i, '-', '-')) {
            return lineComment(s, i);
        }
        if (Scan.startsWith(s, i, '/', '*')) {
            return new Token(s, Kind.COMMENT, i, Scan.blockCommentEnd(s, i, false));
        }
        if (c == '\'' || c == '"') {
            return new Token(s, Kind.LITERAL, i, Scan.quotedEnd(s, i, false));
        }
        if (Scan.isWordPart(c)) {
            return new Token(s, Kind.WORD, i, Scan.wordEnd(s, i, Math.max(i + 1, wordLimit)));
        }
        return symbol(s, i);
    }

    /**
     * The token at {@code i} when this dialect reads it differently from the shared rules, or null
     * to let them apply.
     */
    protected abstract Token dialectToken(String s, int i);

    protected static Token lineComment(String s, int i) {
        return new Token(s, Kind.COMMENT, i, Scan.lineEnd(s, i));
    }

    protected static Token literal(String s, int i, int end) {
        return new Token(s, Kind.LITERAL, i, end);
    }

    protected static Token symbol(String s, int i) {
        return new Token(s, Kind.SYMBOL, i, i + 1);
    }
}
