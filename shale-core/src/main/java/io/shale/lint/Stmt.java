package io.shale.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement of a migration's up section, with its tokens and the helpers rules use to
 * recognise DDL shapes. Recognition is deliberately small: a shape it does not know is no finding.
 *
 * @param sql  the statement text as split
 * @param line the 1-based line in the file of its first token
 */
record Stmt(String sql, int line, List<Tok> tokens) {
    Stmt {
        tokens = List.copyOf(tokens);
    }

    static Stmt of(String sql, int line) {
        return new Stmt(sql, line, Tokenizer.tokens(sql));
    }

    int size() {
        return tokens.size();
    }

    Tok at(int i) {
        return i < tokens.size() ? tokens.get(i) : new Tok(Tok.Kind.SYMBOL, "");
    }

    /** Whether the statement starts with {@code words}, in order. */
    boolean starts(String... words) {
        return matches(0, words);
    }

    /** Whether the tokens from {@code i} are {@code words}, in order. */
    boolean matches(int i, String... words) {
        return Shapes.matches(tokens, i, words);
    }

    /** The first index at or after {@code from} where {@code words} start, or -1. */
    int find(int from, String... words) {
        return Shapes.find(tokens, from, words);
    }

    boolean has(String... words) {
        return find(0, words) >= 0;
    }

    /** The index after the optional words {@code words} at {@code i} (all or none), else {@code i}. */
    int skip(int i, String... words) {
        return matches(i, words) ? i + words.length : i;
    }

    /** The name at {@code i} ({@code a}, {@code a.b}, quoted or not), or null when none stands there. */
    QName name(int i) {
        return Shapes.name(tokens, i);
    }

    /** The {@code ALTER TABLE} this statement is, or null. */
    AlterTable alterTable() {
        if (!starts("ALTER", "TABLE")) {
            return null;
        }
        int i = skip(2, "IF", "EXISTS");
        i = skip(i, "ONLY");
        QName table = name(i);
        if (table == null) {
            return null;
        }
        List<List<Tok>> actions = new ArrayList<>();
        List<Tok> current = new ArrayList<>();
        int depth = 0;
        for (int k = table.end(); k < tokens.size(); k++) {
            Tok t = tokens.get(k);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            if (depth == 0 && t.isSymbol(",")) {
                actions.add(List.copyOf(current));
                current.clear();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            actions.add(List.copyOf(current));
        }
        return new AlterTable(table, actions.stream().map(Action::new).toList());
    }
}
