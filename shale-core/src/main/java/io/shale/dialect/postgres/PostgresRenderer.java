package io.shale.dialect.postgres;

import io.shale.dialect.Renderer;
import io.shale.schema.Catalog;
import io.shale.schema.Sequence;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL SQL for a plan, one change after the other in the differ's order. Names are
 * schema-qualified, as the definitions PostgreSQL prints (indexes, routines, triggers) are.
 *
 * <p>One exception to the order: a new sequence owned by a column of a table the plan creates later
 * (a {@code serial}'s sequence comes before its table, whose default uses it) gets its
 * {@code OWNED BY} right after that table's {@code CREATE TABLE}.
 *
 * @throws io.shale.error.ShaleException {@code UNSUPPORTED_OBJECT} when a change touches a table that
 *                                       inherits or is inherited ({@link PostgresInheritance})
 */
public final class PostgresRenderer implements Renderer {

    @Override
    public List<String> render(List<Change> changes, Catalog from, Catalog to) {
        PostgresInheritance.refuse(changes, from, to);
        PostgresRenderVisitor visitor = new PostgresRenderVisitor(from, to);
        Map<String, List<String>> ownedAfterTable = new HashMap<>();
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            statements.addAll(change.accept(visitor));
            if (change instanceof Change.CreateSequence create && create.sequence().ownedBy() != null) {
                Sequence sequence = create.sequence();
                String owner = ownerTable(sequence);
                if (createdLater(changes, i, sequence.schema(), owner)) {
                    ownedAfterTable.computeIfAbsent(sequence.schema() + "." + owner, key -> new ArrayList<>())
                            .add(PostgresRenderTypes.ownedBy(sequence));
                } else {
                    statements.add(PostgresRenderTypes.ownedBy(sequence));
                }
            }
            if (change instanceof Change.CreateTable create) {
                List<String> owned = ownedAfterTable.remove(create.table().schema() + "." + create.table().name());
                if (owned != null) {
                    statements.addAll(owned);
                }
            }
        }
        return List.copyOf(statements);
    }

    private static String ownerTable(Sequence sequence) {
        return sequence.ownedBy().substring(0, sequence.ownedBy().lastIndexOf('.'));
    }

    private static boolean createdLater(List<Change> changes, int index, String schema, String table) {
        return changes.subList(index + 1, changes.size()).stream()
                .anyMatch(change -> change instanceof Change.CreateTable create
                        && java.util.Objects.equals(create.table().schema(), schema)
                        && create.table().name().equals(table));
    }
}
