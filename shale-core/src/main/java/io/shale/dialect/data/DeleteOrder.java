package io.shale.dialect.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which rows of several tables can be deleted without breaking a foreign key:
 * children before parents. A cycle (a self-reference included) is cut where a key is nullable:
 * those columns are set to NULL in the rows about to go, before any delete.
 *
 * @param nullFirst keys whose referencing columns are nulled before the deletes
 * @param tables    the tables, children first
 */
public record DeleteOrder(List<ForeignKeyEdge> nullFirst, List<String> tables) {
    public DeleteOrder {
        nullFirst = List.copyOf(nullFirst);
        tables = List.copyOf(tables);
    }

    /**
     * Orders the tables of {@code graph}, following only the keys that {@code followed} accepts (a key
     * the database resolves by itself, e.g. when it cascades, needs no order).
     */
    public static DeleteOrder of(DataGraph graph, java.util.function.Predicate<ForeignKeyEdge> followed) {
        List<ForeignKeyEdge> edges = new ArrayList<>();
        List<ForeignKeyEdge> cut = new ArrayList<>();
        for (ForeignKeyEdge fk : graph.foreignKeys()) {
            if (!followed.test(fk)) {
                continue;
            }
            if (fk.selfReference()) {
                if (fk.nullable()) {
                    cut.add(fk);
                }
            } else {
                edges.add(fk);
            }
        }
        Set<String> remaining = new LinkedHashSet<>(graph.tableNames());
        List<String> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = null;
            for (String t : remaining) {
                if (edges.stream().noneMatch(e -> e.parent().equals(t) && remaining.contains(e.child()))) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                ForeignKeyEdge breakable = edges.stream()
                        .filter(e -> e.nullable() && remaining.contains(e.child()) && remaining.contains(e.parent()))
                        .findFirst().orElse(null);
                if (breakable != null) {
                    cut.add(breakable);
                    edges.remove(breakable);
                    continue;
                }
                // A cycle of NOT NULL keys: no order works row by row; the engine may still check per statement.
                next = remaining.iterator().next();
            }
            order.add(next);
            remaining.remove(next);
        }
        return new DeleteOrder(cut, order);
    }

    /** The tables parents first: the order for inserting. */
    public List<String> parentsFirst() {
        List<String> out = new ArrayList<>(tables);
        java.util.Collections.reverse(out);
        return out;
    }
}
