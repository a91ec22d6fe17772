package io.shale.data;

import io.shale.dialect.data.DeleteRule;
import io.shale.dialect.data.ForeignKeyEdge;
import io.shale.dialect.data.DataTable;
import io.shale.dialect.data.DataGraph;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables a purge can reach from its root table: through every foreign key whose rows must go
 * when their parent goes (NO ACTION, RESTRICT, CASCADE), to any depth, across cycles; SET NULL and
 * SET DEFAULT keys only detach rows, so they are not followed.
 *
 * @param tables the reachable tables, root first (breadth first)
 * @param edges  the followed keys between them
 * @param detach the SET NULL / SET DEFAULT keys into the closure (Shale applies them where the engine would not)
 */
public record PurgeClosure(List<DataTable> tables, List<ForeignKeyEdge> edges, List<ForeignKeyEdge> detach) {
    public PurgeClosure {
        tables = List.copyOf(tables);
        edges = List.copyOf(edges);
        detach = List.copyOf(detach);
    }

    public static PurgeClosure of(DataGraph graph, DataTable root) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        seen.add(root.name());
        queue.add(root.name());
        List<ForeignKeyEdge> edges = new ArrayList<>();
        List<ForeignKeyEdge> detach = new ArrayList<>();
        while (!queue.isEmpty()) {
            String parent = queue.poll();
            for (ForeignKeyEdge fk : graph.referencing(parent)) {
                if (fk.onDelete() == DeleteRule.SET_NULL || fk.onDelete() == DeleteRule.SET_DEFAULT) {
                    detach.add(fk);
                    continue;
                }
                edges.add(fk);
                if (seen.add(fk.child())) {
                    queue.add(fk.child());
                }
            }
        }
        List<DataTable> tables = new ArrayList<>();
        for (String name : seen) {
            DataTable t = graph.table(name).orElseThrow();
            if (t.primaryKey().isEmpty()) {
                throw new ShaleException(ErrorCode.USAGE, "Cannot purge through table " + name
                        + ": it has no primary key, so its rows cannot be tracked",
                        "add a primary key to " + name + ", or purge its rows with a rule of their own first");
            }
            tables.add(t);
        }
        return new PurgeClosure(tables, edges, detach);
    }

    public DataGraph asGraph() {
        return new DataGraph(tables, edges);
    }
}
