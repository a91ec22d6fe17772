package io.shale.sql;

/**
 * A span of a script (the script itself, shared by all tokens of one pass) as a lexer sees it. Keyword tests are case-insensitive and only ever match
 * an unquoted word, so {@code "END"}, {@code 'END'} and {@code end_date} are never the keyword END.
 */
public record Token(String script, Kind kind, int start, int end) {

    public enum Kind {
        WHITESPACE,
        COMMENT,
        /** An unquoted identifier, keyword or number. */
        WORD,
        /** Opaque but significant text: a string, a quoted identifier, a dollar quote, a MySQL executable comment. */
        LITERAL,
        /** One character of punctuation or an operator. */
        SYMBOL
    }

    /** Whether this is the word {@code keyword}, which is given in upper case. */
    public boolean isWord(String keyword) {
        return kind == Kind.WORD && end - start == keyword.length() && Scan.matchesIgnoreCase(script, start, keyword);
    }

    public boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && script.charAt(start) == c;
    }

    public boolean isSignificant() {
        return kind != Kind.WHITESPACE && kind != Kind.COMMENT;
    }

    public String text() {
        return script.substring(start, end);
    }

    @Override
    public String toString() {
        return kind + "[" + text() + "]";
    }
}
