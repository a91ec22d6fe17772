package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.Index;
import io.shale.schema.Routine;
import io.shale.schema.Table;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The expressions that tables evaluate (column defaults, generated columns, checks, exclusion constraints, index
 * definitions, key expressions and predicates, extended statistics), and the functions of range types (which
 * PostgreSQL calls as it stores ranges), and whether they call a routine.
 */
final class TableCalls {
    private TableCalls() {
    }

    /** Every such expression of {@code catalog}, one per line, lower-cased. */
    static String text(Catalog catalog) {
        StringJoiner text = new StringJoiner("\n");
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) {
                add(text, column.defaultExpression());
                add(text, column.generated());
            }
            for (CheckConstraint check : table.checks()) {
                add(text, check.expression());
            }
            table.exclusions().forEach(exclusion -> add(text, exclusion.definition()));
            for (Index index : table.indexes()) {
                add(text, index.definition());
                add(text, index.predicate());
                index.keys().forEach(key -> add(text, key.expression()));
            }
        }
        catalog.schemas().forEach(schema -> schema.views().forEach(view -> view.indexes()
                .forEach(index -> add(text, index.definition()))));
        catalog.schemas().forEach(schema -> schema.statistics().forEach(statistics -> add(text, statistics.on())));
        catalog.schemas().forEach(schema -> schema.rangeTypes().forEach(range -> RangeTypeDiff.routines(range)
                .forEach(routine -> add(text, routine + "("))));
        return text.toString();
    }

    /** Whether {@code text} names the routine as a call ({@code name(}, bare or schema-qualified). */
    static boolean calls(String text, Routine routine) {
        String name = routine.name().toLowerCase(Locale.ROOT);
        return Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(name) + "\"?\\s*\\(").matcher(text).find();
    }

    private static void add(StringJoiner text, String expression) {
        if (expression != null) {
            text.add(expression.toLowerCase(Locale.ROOT));
        }
    }
}
