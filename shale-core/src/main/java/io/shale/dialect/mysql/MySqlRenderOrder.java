package io.shale.dialect.mysql;

import io.shale.schema.Index;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The two places where MySQL/MariaDB need the differ's order adjusted, both about the index a foreign
 * key needs on its referencing columns:
 * <ul>
 *   <li>Adding a foreign key without such an index makes MySQL create one named after the constraint;
 *       a later {@code ADD INDEX} of the plan would then duplicate it (or clash by name). So a planned
 *       index on the same table whose leading columns are the key's comes before the key.</li>
 *   <li>Dropping a foreign key leaves its index; dropping that index while the key still exists fails.
 *       So the plan's key drops on a table come before its index drops.</li>
 * </ul>
 */
final class MySqlRenderOrder {

    private MySqlRenderOrder() {
    }

    static List<Change> arrange(List<Change> changes) {
        List<Change> ordered = new ArrayList<>();
        boolean[] taken = new boolean[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Change change = changes.get(i);
            for (int j = i + 1; j < changes.size(); j++) {
                if (!taken[j] && mustPrecede(changes.get(j), change)) {
                    ordered.add(changes.get(j));
                    taken[j] = true;
                }
            }
            ordered.add(change);
        }
        return ordered;
    }

    private static boolean mustPrecede(Change later, Change current) {
        if (current instanceof Change.AddForeignKey key && later instanceof Change.CreateIndex index) {
            return sameTable(key.schema(), key.table(), index.schema(), index.table())
                    && leadsWith(index.index(), key.foreignKey().columns());
        }
        if (current instanceof Change.DropIndex index && later instanceof Change.DropForeignKey key) {
            return sameTable(key.schema(), key.table(), index.schema(), index.table());
        }
        return false;
    }

    private static boolean sameTable(String schema, String table, String otherSchema, String otherTable) {
        return Objects.equals(schema, otherSchema) && table.equals(otherTable);
    }

    private static boolean leadsWith(Index index, List<String> columns) {
        if (index.keys().size() < columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).equals(index.keys().get(i).column())) {
                return false;
            }
        }
        return true;
    }
}
