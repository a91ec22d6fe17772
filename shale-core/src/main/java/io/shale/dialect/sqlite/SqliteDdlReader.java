package io.shale.dialect.sqlite;

import io.shale.dialect.sqlite.SqliteInspectLexer.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what SQLite's pragmas do not tell from the statements kept in {@code sqlite_schema.sql}:
 * constraint names, CHECK expressions, generated-column expressions, collations,
 * {@code AUTOINCREMENT}, foreign-key deferrability, index key expressions and partial-index
 * predicates. Expressions are returned exactly as written in the statement. The reader is lenient:
 * what it cannot make out it leaves out, and it never throws on odd input.
 */
final class SqliteDdlReader {

    /** What one {@code CREATE TABLE} declares; column keys are lower-case names. */
    record TableDdl(Map<String, ColumnDdl> columns, List<UniqueDdl> uniques, List<CheckDdl> checks,
                    List<ForeignKeyDdl> foreignKeys) {
        static final TableDdl EMPTY = new TableDdl(Map.of(), List.of(), List.of(), List.of());

        ColumnDdl column(String name) {
            return columns.get(name.toLowerCase(Locale.ROOT));
        }
    }

    record ColumnDdl(String name, String collation, String generated, boolean autoincrement) {
    }

    /** {@code name} null when the statement does not name the constraint. */
    record UniqueDdl(String name, List<String> columns) {
    }

    /** {@code name} null when the statement does not name the constraint. */
    record CheckDdl(String name, String expression) {
    }

    /** {@code name} null when the statement does not name the constraint. */
    record ForeignKeyDdl(String name, List<String> columns, String refTable, boolean deferrable,
                         boolean initiallyDeferred) {
    }

    /** The key parts of a {@code CREATE INDEX} as written (without ASC/DESC and COLLATE), and its WHERE. */
    record IndexDdl(List<String> keys, String predicate) {
        static final IndexDdl EMPTY = new IndexDdl(List.of(), null);
    }

    private final String sql;
    private final List<Token> t;

    private SqliteDdlReader(String sql) {
        this.sql = sql;
        this.t = SqliteInspectLexer.tokens(sql);
    }

    static TableDdl readTable(String sql) {
        return sql == null ? TableDdl.EMPTY : new SqliteDdlReader(sql).table();
    }

    static IndexDdl readIndex(String sql) {
        return sql == null ? IndexDdl.EMPTY : new SqliteDdlReader(sql).index();
    }

    private TableDdl table() {
        int open = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is("AS")) {
                return TableDdl.EMPTY; // CREATE TABLE ... AS SELECT declares nothing but columns
            }
            if (t.get(i).isSymbol('(')) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return TableDdl.EMPTY;
        }
        TableBuilder table = new TableBuilder();
        for (int[] item : items(open + 1, matching(open))) {
            Token first = t.get(item[0]);
            if (first.is("CONSTRAINT") || first.is("PRIMARY") || first.is("UNIQUE") || first.is("CHECK")
                    || first.is("FOREIGN")) {
                tableConstraint(item[0], item[1], table);
            } else {
                column(item[0], item[1], table);
            }
        }
        return table.build();
    }

    private void column(int from, int to, TableBuilder table) {
        String name = t.get(from).identifier();
        String collation = null;
        String generated = null;
        boolean autoincrement = false;
        String constraintName = null;
        int j = from + 1;
        while (j < to) {
            Token k = t.get(j);
            if (k.is("CONSTRAINT") && j + 1 < to) {
                constraintName = t.get(j + 1).identifier();
                j += 2;
            } else if (k.is("CHECK") && opensAt(j + 1, to)) {
                int close = matching(j + 1);
                table.checks.add(new CheckDdl(constraintName, text(j + 2, close)));
                constraintName = null;
                j = close + 1;
            } else if (k.is("UNIQUE")) {
                table.uniques.add(new UniqueDdl(constraintName, List.of(name)));
                constraintName = null;
                j++;
            } else if (k.is("REFERENCES")) {
                j = foreignKey(constraintName, List.of(name), j, to, table);
                constraintName = null;
            } else if (k.is("AS") && opensAt(j + 1, to)) {
                int close = matching(j + 1);
                generated = text(j + 2, close);
                j = close + 1;
            } else if (k.is("COLLATE") && j + 1 < to) {
                collation = t.get(j + 1).identifier();
                j += 2;
            } else if (k.isSymbol('(')) {
                j = matching(j) + 1;
            } else {
                if (k.is("AUTOINCREMENT")) {
                    autoincrement = true;
                } else if (k.is("PRIMARY") || k.is("NOT") || k.is("NULL") || k.is("DEFAULT")
                        || k.is("GENERATED")) {
                    constraintName = null;
                }
                j++;
            }
        }
        table.columns.put(name.toLowerCase(Locale.ROOT), new ColumnDdl(name, collation, generated, autoincrement));
    }

    private void tableConstraint(int from, int to, TableBuilder table) {
        int j = from;
        String name = null;
        if (t.get(j).is("CONSTRAINT") && j + 1 < to) {
            name = t.get(j + 1).identifier();
            j += 2;
        }
        int open = j;
        while (open < to && !t.get(open).isSymbol('(')) {
            open++;
        }
        if (open >= to || j >= to) {
            return;
        }
        int close = matching(open);
        Token kind = t.get(j);
        if (kind.is("CHECK")) {
            table.checks.add(new CheckDdl(name, text(open + 1, close)));
        } else if (kind.is("UNIQUE")) {
            table.uniques.add(new UniqueDdl(name, leadingNames(open + 1, close)));
        } else if (kind.is("PRIMARY")) {
            for (int[] part : items(open + 1, close)) {
                for (int i = part[0]; i < part[1]; i++) {
                    if (t.get(i).is("AUTOINCREMENT")) {
                        table.autoincrement.add(t.get(part[0]).identifier().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } else if (kind.is("FOREIGN") && close + 1 < to && t.get(close + 1).is("REFERENCES")) {
            foreignKey(name, leadingNames(open + 1, close), close + 1, to, table);
        }
    }

    /** Reads {@code REFERENCES t [(cols)] [clauses]} starting at {@code j}; returns the index after it. */
    private int foreignKey(String name, List<String> columns, int j, int to, TableBuilder table) {
        if (j + 1 >= to) {
            return to;
        }
        String refTable = t.get(j + 1).identifier();
        j += 2;
        if (opensAt(j, to)) {
            j = matching(j) + 1;
        }
        boolean deferrable = false;
        boolean initiallyDeferred = false;
        while (j < to) {
            Token k = t.get(j);
            if (k.is("ON") && j + 2 < to) {
                Token action = t.get(j + 2);
                j += action.is("SET") || action.is("NO") ? 4 : 3;
            } else if (k.is("MATCH")) {
                j += 2;
            } else if (k.is("NOT") && j + 1 < to && t.get(j + 1).is("DEFERRABLE")) {
                deferrable = false;
                j += 2;
            } else if (k.is("DEFERRABLE")) {
                deferrable = true;
                j++;
            } else if (k.is("INITIALLY") && j + 1 < to) {
                initiallyDeferred = t.get(j + 1).is("DEFERRED");
                j += 2;
            } else {
                break;
            }
        }
        table.foreignKeys.add(new ForeignKeyDdl(name, columns, refTable, deferrable, deferrable && initiallyDeferred));
        return j;
    }

    private IndexDdl index() {
        int on = 0;
        while (on < t.size() && !t.get(on).is("ON")) {
            on++;
        }
        int open = on;
        while (open < t.size() && !t.get(open).isSymbol('(')) {
            open++;
        }
        if (open >= t.size()) {
            return IndexDdl.EMPTY;
        }
        int close = matching(open);
        List<String> keys = new ArrayList<>();
        for (int[] item : items(open + 1, close)) {
            int end = item[1];
            if (end - 1 > item[0] && (t.get(end - 1).is("ASC") || t.get(end - 1).is("DESC"))) {
                end--;
            }
            if (end - 2 > item[0] && t.get(end - 2).is("COLLATE")) {
                end -= 2;
            }
            keys.add(text(item[0], end));
        }
        String predicate = close + 2 < t.size() && t.get(close + 1).is("WHERE") ? text(close + 2, t.size()) : null;
        return new IndexDdl(keys, predicate);
    }

    private boolean opensAt(int i, int to) {
        return i < to && t.get(i).isSymbol('(');
    }

    /** The index of the {@code )} that closes the {@code (} at {@code open}, or the token count. */
    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.get(i).isSymbol('(')) {
                depth++;
            } else if (t.get(i).isSymbol(')') && --depth == 0) {
                return i;
            }
        }
        return t.size();
    }

    /** The comma-separated parts of tokens {@code [from, to)} at parenthesis depth zero, as {from, to} pairs. */
    private List<int[]> items(int from, int to) {
        List<int[]> items = new ArrayList<>();
        int start = from;
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token k = t.get(i);
            if (k.isSymbol('(')) {
                depth++;
            } else if (k.isSymbol(')')) {
                depth--;
            } else if (k.isSymbol(',') && depth == 0) {
                if (i > start) {
                    items.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        if (to > start) {
            items.add(new int[] {start, to});
        }
        return items;
    }

    /** The first identifier of each comma-separated part: the column names of a key list. */
    private List<String> leadingNames(int from, int to) {
        return items(from, to).stream().map(item -> t.get(item[0]).identifier()).toList();
    }

    /** The original text of tokens {@code [from, to)}, comments and spacing inside kept as written. */
    private String text(int from, int to) {
        int end = Math.min(to, t.size());
        if (from >= end) {
            return "";
        }
        return sql.substring(t.get(from).start(), t.get(end - 1).end()).strip();
    }

    private static final class TableBuilder {
        final Map<String, ColumnDdl> columns = new LinkedHashMap<>();
        final List<UniqueDdl> uniques = new ArrayList<>();
        final List<CheckDdl> checks = new ArrayList<>();
        final List<ForeignKeyDdl> foreignKeys = new ArrayList<>();
        final Set<String> autoincrement = new HashSet<>();

        TableDdl build() {
            Map<String, ColumnDdl> merged = new LinkedHashMap<>();
            columns.forEach((key, c) -> merged.put(key, autoincrement.contains(key)
                    ? new ColumnDdl(c.name(), c.collation(), c.generated(), true) : c));
            return new TableDdl(Map.copyOf(merged), List.copyOf(uniques), List.copyOf(checks),
                    List.copyOf(foreignKeys));
        }
    }
}
