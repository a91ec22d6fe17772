package io.shale.sql;

/**
 * Scanning primitives shared by the dialect lexers and the splitter. Each {@code ...End} method
 * takes the offset where a construct starts and returns the offset just after it; a construct
 * left open runs to the end of the text, so none of them ever fails.
 */
public final class Scan {

    private Scan() {
    }

    /** A byte-order mark counts as blank space: it is never part of a statement. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\uFEFF';
    }

    /** Characters of unquoted identifiers, keywords and numbers; every non-ASCII character counts, as in PostgreSQL. */
    public static boolean isWordPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '$' || (c >= 0x80 && !isSpace(c));
    }

    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    public static boolean startsWith(String s, int i, char first, char second) {
        return i + 1 < s.length() && s.charAt(i) == first && s.charAt(i + 1) == second;
    }

    public static int spaceEnd(String s, int i) {
        int j = i;
        while (j < s.length() && isSpace(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The end of the word at {@code i}, at most {@code limit}. */
    public static int wordEnd(String s, int i, int limit) {
        int j = i;
        while (j < limit && isWordPart(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The offset of the next line break (not consumed), or the end of the text. */
    public static int lineEnd(String s, int i) {
        int j = i;
        while (j < s.length() && !isLineBreak(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** A comment opened by {@code /*} at {@code i}; with {@code nested}, inner openers need their own closers. */
    public static int blockCommentEnd(String s, int i, boolean nested) {
        int depth = 1;
        int j = i + 2;
        while (j < s.length()) {
            if (startsWith(s, j, '*', '/')) {
                j += 2;
                if (--depth == 0) {
                    return j;
                }
            } else if (nested && startsWith(s, j, '/', '*')) {
                depth++;
                j += 2;
            } else {
                j++;
            }
        }
        return s.length();
    }

    /**
     * Text quoted by the character at {@code i}. A doubled quote stands for itself; with
     * {@code backslash}, a backslash also escapes the character after it.
     */
    public static int quotedEnd(String s, int i, boolean backslash) {
        char quote = s.charAt(i);
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (backslash && c == '\\') {
                j += 2;
            } else if (c != quote) {
                j++;
            } else if (j + 1 < s.length() && s.charAt(j + 1) == quote) {
                j += 2;
            } else {
                return j + 1;
            }
        }
        return s.length();
    }

    /** The offset after the next {@code closer} at or after {@code from}, or the end of the text. */
    public static int closedBy(String s, int from, String closer) {
        int at = s.indexOf(closer, from);
        return at < 0 ? s.length() : at + closer.length();
    }

    /** Case-insensitive for ASCII letters only, so that no locale or special case folding turns a word into a keyword. */
    public static boolean matchesIgnoreCase(String s, int i, String upperCase) {
        if (i + upperCase.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < upperCase.length(); k++) {
            char c = s.charAt(i + k);
            if ((c >= 'a' && c <= 'z' ? (char) (c - 32) : c) != upperCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public static boolean hasLineBreak(String s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (isLineBreak(s.charAt(j))) {
                return true;
            }
        }
        return false;
    }
}
