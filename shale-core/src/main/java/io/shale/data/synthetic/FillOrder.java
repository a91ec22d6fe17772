package io.shale.data.synthetic;

import io.shale.schema.ForeignKey;
import io.shale.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which tables are filled: every table after the tables its foreign keys reference.
 * A self-reference needs no order (it refers to the table's earlier rows, or is NULL). A cycle is
 * cut at a key whose columns are all nullable where there is one, else at the first table left;
 * the keys that point forward in the result are listed so the filler knows their parents are empty.
 */
record FillOrder(List<Table> tables) {
    FillOrder {
        tables = List.copyOf(tables);
    }

    static FillOrder of(List<Table> all) {
        Map<String, Table> remaining = new LinkedHashMap<>();
        for (Table t : all) {
            remaining.put(t.name(), t);
        }
        List<Table> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = null;
            for (Table t : remaining.values()) {
                if (t.foreignKeys().stream().noneMatch(fk -> waitsFor(t, fk, remaining))) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                next = remaining.values().stream()
                        .filter(t -> t.foreignKeys().stream().filter(fk -> waitsFor(t, fk, remaining))
                                .allMatch(fk -> nullable(t, fk)))
                        .findFirst().orElse(remaining.values().iterator().next());
            }
            order.add(next);
            remaining.remove(next.name());
        }
        return new FillOrder(order);
    }

    private static boolean waitsFor(Table t, ForeignKey fk, Map<String, Table> remaining) {
        return !fk.refTable().equals(t.name()) && remaining.containsKey(fk.refTable());
    }

    static boolean nullable(Table t, ForeignKey fk) {
        return fk.columns().stream().allMatch(c -> t.column(c).map(col -> col.nullable()).orElse(true));
    }
}
