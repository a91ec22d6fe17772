package io.shale.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts one SQLite statement, as stored in {@code sqlite_schema.sql}, into its significant tokens
 * (blank space and comments dropped), keeping each token's offsets so that an expression can be
 * cut out of the original text exactly as written. A construct left open runs to the end; the
 * lexer never fails.
 */
final class SqliteInspectLexer {

    enum Kind {
        /** An unquoted identifier, keyword or number. */
        WORD,
        /** {@code "x"}, {@code `x`} or {@code [x]}. */
        QUOTED,
        /** {@code 'x'}, also a blob literal {@code x'00'}. */
        STRING,
        /** One character of punctuation or an operator. */
        SYMBOL
    }

    record Token(Kind kind, String text, int start, int end) {

        /** Whether this is the unquoted word {@code keyword} (given in upper case). */
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.charAt(0) == c;
        }

        /** The identifier this token names: unquoted, with doubled quotes undone; a word as written. */
        String identifier() {
            return switch (kind) {
                case QUOTED, STRING -> unquote(text);
                default -> text;
            };
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqliteInspectLexer() {
    }

    static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                int end = quotedEnd(sql, i, '\'');
                tokens.add(new Token(Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if ((c == 'x' || c == 'X') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int end = quotedEnd(sql, i + 1, '\'');
                tokens.add(new Token(Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = quotedEnd(sql, i, c);
                tokens.add(new Token(Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i);
                int end = close < 0 ? n : close + 1;
                tokens.add(new Token(Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (isWordPart(c)) {
                int end = i;
                while (end < n && isWordPart(sql.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end), i, end));
                i = end;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }

    /** The end of a quoted run opened at {@code i}, where a doubled quote stands for one. */
    private static int quotedEnd(String s, int i, char quote) {
        int j = i + 1;
        while (j < s.length()) {
            if (s.charAt(j) == quote) {
                if (j + 1 < s.length() && s.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return s.length();
    }

    private static String unquote(String text) {
        if (text.length() < 2) {
            return text;
        }
        char open = text.charAt(0);
        if (open == '[') {
            return text.substring(1, text.length() - 1);
        }
        if (open == 'x' || open == 'X') {
            return text;
        }
        String quote = String.valueOf(open);
        return text.substring(1, text.length() - 1).replace(quote + quote, quote);
    }
}
