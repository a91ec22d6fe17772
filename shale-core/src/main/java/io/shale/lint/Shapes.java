package io.shale.lint;

import java.util.List;
import java.util.Set;

/** Token-list helpers shared by statements and ALTER TABLE actions. */
final class Shapes {
    /** Words that end a column type. */
    private static final Set<String> AFTER_TYPE = Set.of("not", "null", "default", "constraint", "primary",
            "references", "unique", "check", "collate", "using", "generated", "comment", "auto_increment", "first",
            "after", "charset", "identity", "on", "as", "invisible", "visible");
    /** Words that may follow a type's parenthesised size and still belong to it. */
    private static final Set<String> TYPE_SUFFIX = Set.of("with", "without", "time", "zone", "unsigned", "signed",
            "zerofill", "varying", "precision");

    private Shapes() {
    }

    static boolean matches(List<Tok> tokens, int i, String... words) {
        if (i < 0 || i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    static int find(List<Tok> tokens, int from, String... words) {
        for (int i = Math.max(0, from); i + words.length <= tokens.size(); i++) {
            if (matches(tokens, i, words)) {
                return i;
            }
        }
        return -1;
    }

    static QName name(List<Tok> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isIdentifier()) {
            return null;
        }
        String first = tokens.get(i).name();
        if (i + 2 < tokens.size() && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isIdentifier()) {
            return new QName(first, tokens.get(i + 2).name(), i + 3);
        }
        return new QName(null, first, i + 1);
    }

    /**
     * The column type starting at {@code i}, or null when none stands there. Multi-word spellings
     * ({@code character varying(20)}, {@code timestamp(3) with time zone}, {@code int(11) unsigned})
     * are read whole; {@code CHARACTER SET} after a type ends it.
     */
    static TypeSpec type(List<Tok> tokens, int i) {
        StringBuilder base = new StringBuilder();
        int k = i;
        while (k < tokens.size() && typeWord(tokens, k)) {
            if (base.length() > 0) {
                base.append(' ');
            }
            base.append(tokens.get(k).name());
            k++;
            if (k + 1 < tokens.size() && tokens.get(k).isSymbol(".") && tokens.get(k + 1).isIdentifier()) {
                base.append('.').append(tokens.get(k + 1).name());
                k += 2;
            }
        }
        if (base.length() == 0) {
            return null;
        }
        Integer first = null;
        Integer second = null;
        if (k < tokens.size() && tokens.get(k).isSymbol("(")) {
            first = number(tokens, k + 1);
            if (tokens.size() > k + 3 && tokens.get(k + 2).isSymbol(",")) {
                second = number(tokens, k + 3);
            }
            int close = k;
            while (close < tokens.size() && !tokens.get(close).isSymbol(")")) {
                close++;
            }
            k = close + 1;
            while (k < tokens.size() && typeWord(tokens, k)
                    && TYPE_SUFFIX.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                base.append(' ').append(tokens.get(k).name());
                k++;
            }
        }
        return TypeSpec.of(base.toString(), first, second);
    }

    /** Whether the token at {@code k} continues a type: a word that starts no column clause. */
    private static boolean typeWord(List<Tok> tokens, int k) {
        Tok t = tokens.get(k);
        if (!t.isIdentifier()) {
            return false;
        }
        String word = t.text().toLowerCase(java.util.Locale.ROOT);
        if ((word.equals("character") || word.equals("char")) && k + 1 < tokens.size() && tokens.get(k + 1).is("SET")) {
            return false;
        }
        return !AFTER_TYPE.contains(word);
    }

    private static Integer number(List<Tok> tokens, int i) {
        if (i < tokens.size() && tokens.get(i).kind() == Tok.Kind.WORD && tokens.get(i).text().matches("\\d+")) {
            return Integer.valueOf(tokens.get(i).text());
        }
        return null;
    }
}
