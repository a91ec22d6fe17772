package io.shale.dialect;

import io.shale.schema.Sequence;
import io.shale.schema.change.Change;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Pieces every renderer shares: identifier and literal quoting, lists, definitions taken as they are. */
public final class RenderSupport {

    private RenderSupport() {
    }

    /**
     * Quotes {@code name} with {@code open}/{@code close} unless it matches {@code plain} and is not one of
     * {@code reserved} (compared upper-case), doubling any {@code close} inside it.
     */
    public static String identifier(String name, Pattern plain, Set<String> reserved, char open, char close) {
        if (plain.matcher(name).matches() && !reserved.contains(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        String doubled = name.replace(String.valueOf(close), String.valueOf(close) + close);
        return open + doubled + close;
    }

    /** Upper-case keyword set from a whitespace-separated list. */
    public static Set<String> words(String list) {
        return Arrays.stream(list.trim().split("\\s+"))
                .map(word -> word.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A standard SQL string literal: single quotes, an inner quote doubled. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code (a, b, c)} with each element rendered by {@code render}. */
    public static <T> String parenthesised(List<T> items, Function<T, String> render) {
        return "(" + items.stream().map(render).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * A definition the database printed, as one statement: surrounding blank space and any trailing
     * {@code ;} removed (PostgreSQL's {@code pg_get_viewdef} ends with one; statements here carry none).
     */
    public static String statement(String definition) {
        String text = definition.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    /** {@code CHECK (expression)}, keeping a {@code CHECK} keyword that the engine printed with the expression. */
    public static String checkClause(String expression) {
        String text = expression.strip();
        if (text.regionMatches(true, 0, "CHECK", 0, 5) && text.substring(5).stripLeading().startsWith("(")) {
            return "CHECK " + text.substring(5).stripLeading();
        }
        return "CHECK (" + text + ")";
    }

    /** The failure for a change an engine cannot have; the differ never produces one for it. */
    public static IllegalArgumentException unsupported(String engine, Change change, String reason) {
        return new IllegalArgumentException(engine + " cannot render " + change.getClass().getSimpleName() + ": "
                + reason + " (the differ never produces this change for " + engine + ")");
    }

    /** Whether an {@code ON DELETE}/{@code ON UPDATE} action is worth writing (not the default). */
    public static boolean isExplicitAction(String action) {
        return action != null && !action.isBlank() && !action.equalsIgnoreCase("NO ACTION");
    }

    /** The {@code ALTER SEQUENCE} options that differ between two sequences, each with a leading space. */
    public static String changedSequenceOptions(Sequence from, Sequence to) {
        StringBuilder sql = new StringBuilder();
        if (from.start() != to.start()) {
            sql.append(" START WITH ").append(to.start());
        }
        if (from.increment() != to.increment()) {
            sql.append(" INCREMENT BY ").append(to.increment());
        }
        if (from.min() != to.min()) {
            sql.append(" MINVALUE ").append(to.min());
        }
        if (from.max() != to.max()) {
            sql.append(" MAXVALUE ").append(to.max());
        }
        if (from.cycle() != to.cycle()) {
            sql.append(to.cycle() ? " CYCLE" : " NO CYCLE");
        }
        return sql.toString();
    }
}
