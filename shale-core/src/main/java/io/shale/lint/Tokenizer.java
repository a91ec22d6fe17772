package io.shale.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one statement (already split by {@code io.shale.sql}) into significant tokens. Comments and
 * blank space are dropped; strings, dollar quotes and quoted identifiers are single tokens, so a
 * keyword inside them is never seen as one. Never fails: an unterminated literal runs to the end.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Tok> tokens(String sql) {
        List<Tok> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                int end = quoted(sql, i, '\'', i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e'));
                out.add(new Tok(Tok.Kind.STRING, sql.substring(i, end)));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = quoted(sql, i, c, false);
                out.add(new Tok(Tok.Kind.QUOTED, sql.substring(i, end)));
                i = end;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                int end = close < 0 ? n : close + tag.length();
                out.add(new Tok(Tok.Kind.STRING, sql.substring(i, end)));
                i = end;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                out.add(new Tok(Tok.Kind.WORD, sql.substring(i, end)));
                i = end;
            } else {
                out.add(new Tok(Tok.Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    private static int quoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** {@code $tag$} starting at {@code i}, or null when {@code $} does not open a dollar quote there. */
    private static String dollarTag(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
            return sql.substring(i, j + 1);
        }
        return null;
    }
}
