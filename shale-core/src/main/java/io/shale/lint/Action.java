package io.shale.lint;

import java.util.List;
import java.util.Set;

/**
 * One action of an {@code ALTER TABLE}, with recognisers for the shapes rules need across
 * PostgreSQL, MySQL/MariaDB, SQLite and H2 spellings. Each recogniser returns null when the
 * action is not of its shape.
 */
record Action(List<Tok> tokens) {
    private static final Set<String> CONSTRAINT_STARTS = Set.of("constraint", "primary", "unique", "foreign",
            "check", "exclude", "index", "key", "fulltext", "spatial");

    Action {
        tokens = List.copyOf(tokens);
    }

    /** {@code ADD [COLUMN] [IF NOT EXISTS] name type ...}. */
    record AddColumn(String name, TypeSpec type, List<Tok> rest) {
        boolean notNull() {
            return Shapes.find(rest, 0, "NOT", "NULL") >= 0 || Shapes.find(rest, 0, "PRIMARY", "KEY") >= 0;
        }

        boolean hasDefault() {
            return Shapes.find(rest, 0, "DEFAULT") >= 0;
        }

        boolean generated() {
            return Shapes.find(rest, 0, "GENERATED") >= 0 || Shapes.find(rest, 0, "AS") >= 0
                    || Shapes.find(rest, 0, "AUTO_INCREMENT") >= 0 || Shapes.find(rest, 0, "IDENTITY") >= 0
                    || type.family().endsWith("serial");
        }

        /** The tokens of the DEFAULT expression, up to the next column keyword; empty when none. */
        List<Tok> defaultExpression() {
            int d = Shapes.find(rest, 0, "DEFAULT");
            if (d < 0) {
                return List.of();
            }
            int end = d + 1;
            int depth = 0;
            while (end < rest.size()) {
                Tok t = rest.get(end);
                depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
                if (depth == 0 && (t.is("NOT") || t.is("NULL") || t.is("CONSTRAINT") || t.is("CHECK")
                        || t.is("REFERENCES") || t.is("UNIQUE") || t.is("PRIMARY") || t.is("COLLATE"))) {
                    break;
                }
                end++;
            }
            return rest.subList(d + 1, end);
        }
    }

    /**
     * {@code ADD [CONSTRAINT name] PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK ...}.
     *
     * @param kind {@code primary}, {@code unique}, {@code foreign}, {@code check} or {@code exclude}
     */
    record AddConstraint(String kind, boolean notValid, boolean usingIndex) {
    }

    /** {@code ALTER [COLUMN] name ...}, {@code MODIFY [COLUMN] name type ...} or {@code CHANGE [COLUMN] old new type}. */
    record AlterColumn(String column, String newName, TypeSpec newType, boolean setNotNull) {
    }

    boolean starts(String... words) {
        return Shapes.matches(tokens, 0, words);
    }

    AddColumn addColumn() {
        if (!starts("ADD") || tokens.size() < 3) {
            return null;
        }
        int i = 1;
        if (tokens.get(i).is("COLUMN")) {
            i++;
        } else if (CONSTRAINT_STARTS.contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT))
                && tokens.get(i).kind() == Tok.Kind.WORD) {
            return null;
        }
        if (Shapes.matches(tokens, i, "IF", "NOT", "EXISTS")) {
            i += 3;
        }
        QName name = Shapes.name(tokens, i);
        if (name == null) {
            return null;
        }
        TypeSpec type = Shapes.type(tokens, name.end());
        if (type == null) {
            return null;
        }
        return new AddColumn(name.name(), type, tokens.subList(Math.min(name.end() + 1, tokens.size()), tokens.size()));
    }

    AddConstraint addConstraint() {
        if (!starts("ADD") || tokens.size() < 2) {
            return null;
        }
        int i = 1;
        if (tokens.get(i).is("CONSTRAINT")) {
            i += 2;
        }
        Tok t = i < tokens.size() ? tokens.get(i) : null;
        if (t == null) {
            return null;
        }
        String kind = t.is("PRIMARY") ? "primary" : t.is("UNIQUE") ? "unique" : t.is("FOREIGN") ? "foreign"
                : t.is("CHECK") ? "check" : t.is("EXCLUDE") ? "exclude" : null;
        if (kind == null) {
            return null;
        }
        return new AddConstraint(kind, Shapes.find(tokens, i, "NOT", "VALID") >= 0,
                Shapes.find(tokens, i, "USING", "INDEX") >= 0);
    }

    /** The column of {@code DROP [COLUMN] [IF EXISTS] name}, or null. */
    String dropColumn() {
        if (!starts("DROP") || tokens.size() < 2) {
            return null;
        }
        int i = 1;
        if (tokens.get(i).is("COLUMN")) {
            i++;
        } else if (tokens.get(i).kind() == Tok.Kind.WORD && Set.of("constraint", "primary", "index", "key",
                "foreign", "check", "default", "partition", "unique").contains(tokens.get(i).name())) {
            return null;
        }
        i = Shapes.matches(tokens, i, "IF", "EXISTS") ? i + 2 : i;
        QName name = Shapes.name(tokens, i);
        return name == null ? null : name.name();
    }

    AlterColumn alterColumn() {
        if (starts("MODIFY") || starts("CHANGE")) {
            boolean change = starts("CHANGE");
            int i = Shapes.matches(tokens, 1, "COLUMN") ? 2 : 1;
            QName col = Shapes.name(tokens, i);
            if (col == null) {
                return null;
            }
            QName newName = change ? Shapes.name(tokens, col.end()) : col;
            if (newName == null) {
                return null;
            }
            TypeSpec type = Shapes.type(tokens, newName.end());
            boolean notNull = Shapes.find(tokens, newName.end(), "NOT", "NULL") >= 0;
            return new AlterColumn(col.name(), newName.name(), type, notNull);
        }
        if (!starts("ALTER")) {
            return null;
        }
        int i = Shapes.matches(tokens, 1, "COLUMN") ? 2 : 1;
        QName col = Shapes.name(tokens, i);
        if (col == null) {
            return null;
        }
        int k = col.end();
        if (Shapes.matches(tokens, k, "SET", "NOT", "NULL")) {
            return new AlterColumn(col.name(), col.name(), null, true);
        }
        int typeAt = Shapes.matches(tokens, k, "SET", "DATA", "TYPE") ? k + 3
                : Shapes.matches(tokens, k, "TYPE") ? k + 1 : -1;
        if (typeAt < 0 && k < tokens.size() && tokens.get(k).kind() == Tok.Kind.WORD
                && !Set.of("set", "drop", "add", "reset", "restart", "options", "rename").contains(tokens.get(k).name())) {
            typeAt = k;
        }
        if (typeAt < 0) {
            return null;
        }
        TypeSpec type = Shapes.type(tokens, typeAt);
        return type == null ? null : new AlterColumn(col.name(), col.name(), type,
                Shapes.find(tokens, typeAt, "NOT", "NULL") >= 0);
    }

    /** {@code RENAME [TO|AS] new} (a table rename): the new name, or null. */
    String renameTable() {
        if (!starts("RENAME") || tokens.size() < 2) {
            return null;
        }
        if (tokens.get(1).is("TO") || tokens.get(1).is("AS")) {
            QName n = Shapes.name(tokens, 2);
            return n == null ? null : n.name();
        }
        return null;
    }

    /** {@code RENAME [COLUMN] a TO b}: {@code [a, b]}, or null. */
    String[] renameColumn() {
        if (!starts("RENAME") || tokens.size() < 4 || tokens.get(1).is("TO") || tokens.get(1).is("AS")
                || tokens.get(1).is("CONSTRAINT") || tokens.get(1).is("INDEX") || tokens.get(1).is("KEY")) {
            return null;
        }
        int i = tokens.get(1).is("COLUMN") ? 2 : 1;
        QName from = Shapes.name(tokens, i);
        if (from == null || !Shapes.matches(tokens, from.end(), "TO")) {
            return null;
        }
        QName to = Shapes.name(tokens, from.end() + 1);
        return to == null ? null : new String[] {from.name(), to.name()};
    }
}
