package io.shale.diff;

import io.shale.schema.Table;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parent-before-partition order, read from {@link Table#partitionOf()} ("parent FOR VALUES ..."). */
final class Partitions {
    private Partitions() {
    }

    /** The qualified name of the table's partitioned parent, or null when it is not a partition. */
    static String parent(Table table) {
        String of = table.partitionOf();
        if (of == null || of.isBlank()) {
            return null;
        }
        String name = of.trim().split("\\s+", 2)[0].replace("\"", "");
        return name.contains(".") ? name : Names.qualify(table.schema(), name);
    }

    /** The tables with every parent before its partitions, otherwise in the given order. */
    static List<Table> parentsFirst(Collection<Table> tables) {
        return byDepth(tables, false);
    }

    /** The tables with every partition before its parent, otherwise in the given order. */
    static List<Table> partitionsFirst(Collection<Table> tables) {
        return byDepth(tables, true);
    }

    private static List<Table> byDepth(Collection<Table> tables, boolean deepestFirst) {
        Map<String, Table> byName = new HashMap<>();
        tables.forEach(t -> byName.put(t.qualifiedName(), t));
        Map<String, Integer> depth = new HashMap<>();
        tables.forEach(t -> depth.put(t.qualifiedName(), depth(t, byName)));
        Comparator<Table> order = Comparator.comparing(t -> depth.get(t.qualifiedName()));
        return tables.stream().sorted(deepestFirst ? order.reversed() : order).toList();
    }

    private static int depth(Table table, Map<String, Table> byName) {
        int depth = 0;
        Table current = table;
        while (depth < byName.size()) {
            String parent = parent(current);
            if (parent == null || !byName.containsKey(parent)) {
                break;
            }
            current = byName.get(parent);
            depth++;
        }
        return depth;
    }
}
