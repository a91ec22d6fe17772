package io.shale.lint;

import io.shale.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Shared walks for rules: the actions of an ALTER TABLE on an existing table, and lists of dropped names. */
final class Alters {
    private Alters() {
    }

    /** Calls {@code each} with every action of {@code s} when it alters a table that existed before the migration. */
    static void onExisting(Stmt s, Scope scope, BiConsumer<Table, Action> each) {
        AlterTable alter = s.alterTable();
        if (alter == null) {
            return;
        }
        scope.existing(alter.table()).ifPresent(table -> alter.actions().forEach(a -> each.accept(table, a)));
    }

    /** The names listed from {@code i} on, separated by commas ({@code DROP TABLE a, b CASCADE}). */
    static List<QName> names(Stmt s, int i) {
        List<QName> out = new ArrayList<>();
        QName n = s.name(i);
        while (n != null) {
            out.add(n);
            if (!s.at(n.end()).isSymbol(",")) {
                break;
            }
            n = s.name(n.end() + 1);
        }
        return out;
    }
}
