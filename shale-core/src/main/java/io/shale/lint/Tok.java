package io.shale.lint;

import java.util.Locale;

/**
 * One significant token of a statement as lint reads it.
 *
 * @param kind  what it is
 * @param text  the source text ({@code "Users"} keeps its quotes)
 */
record Tok(Kind kind, String text) {
    enum Kind {
        /** An unquoted identifier, keyword or number. */
        WORD,
        /** A {@code "..."} or backtick-quoted identifier. */
        QUOTED,
        /** A string or dollar-quoted literal. */
        STRING,
        SYMBOL
    }

    /** Whether this is the unquoted word {@code keyword}, ignoring case. */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String s) {
        return kind == Kind.SYMBOL && text.equals(s);
    }

    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /** The identifier this token names: quotes removed, unquoted words lower-cased. */
    String name() {
        if (kind == Kind.QUOTED) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"").replace("``", "`");
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
