package io.shale.data.snapshot;

import io.shale.dialect.DataOperations;
import io.shale.dialect.data.DeleteOrder;
import io.shale.dialect.data.ForeignKeyEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The INSERT statements that put a snapshot's rows back into an empty copy of its schema: parents
 * first; a foreign key on a cycle (a self-reference included) is inserted as NULL and set by an
 * UPDATE once every row is in, where the key is nullable and the table has a primary key.
 */
public final class InsertScript {
    private static final int ROWS_PER_STATEMENT = 100;

    private final DataOperations ops;

    public InsertScript(DataOperations ops) {
        this.ops = ops;
    }

    public List<String> statements(DataSnapshot snapshot) {
        DeleteOrder order = DeleteOrder.of(snapshot.graph(), fk -> true);
        Map<String, TableSnapshot> byName = new HashMap<>();
        snapshot.tables().forEach(t -> byName.put(t.table(), t));
        List<String> inserts = new ArrayList<>();
        List<String> updates = new ArrayList<>();
        for (String name : order.parentsFirst()) {
            TableSnapshot table = byName.get(name);
            if (table == null || table.rows().isEmpty()) {
                continue;
            }
            List<Integer> deferred = deferredColumns(table, order.nullFirst());
            insert(table, deferred, inserts);
            update(table, deferred, updates);
        }
        inserts.addAll(updates);
        return inserts;
    }

    private List<Integer> deferredColumns(TableSnapshot table, List<ForeignKeyEdge> cut) {
        List<Integer> out = new ArrayList<>();
        if (table.primaryKey().isEmpty()) {
            return out;
        }
        for (ForeignKeyEdge fk : cut) {
            if (fk.child().equals(table.table())) {
                for (String column : fk.childColumns()) {
                    int i = table.columns().indexOf(column);
                    if (i >= 0 && !out.contains(i) && !table.primaryKey().contains(column)) {
                        out.add(i);
                    }
                }
            }
        }
        return out;
    }

    private void insert(TableSnapshot table, List<Integer> deferred, List<String> out) {
        String prefix = ops.insertRow(table.table(), table.columns());
        prefix = prefix.substring(0, prefix.lastIndexOf("VALUES (") + "VALUES".length());
        StringBuilder sb = null;
        int inStatement = 0;
        for (List<String> row : table.rows()) {
            if (sb == null) {
                sb = new StringBuilder(prefix);
            }
            sb.append(inStatement == 0 ? "\n  (" : ",\n  (");
            for (int i = 0; i < row.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(deferred.contains(i) ? "NULL" : row.get(i));
            }
            sb.append(')');
            if (++inStatement == ROWS_PER_STATEMENT) {
                out.add(sb.toString());
                sb = null;
                inStatement = 0;
            }
        }
        if (sb != null) {
            out.add(sb.toString());
        }
    }

    private void update(TableSnapshot table, List<Integer> deferred, List<String> out) {
        if (deferred.isEmpty()) {
            return;
        }
        for (List<String> row : table.rows()) {
            StringBuilder set = new StringBuilder();
            for (int i : deferred) {
                if (!row.get(i).equals("NULL")) {
                    set.append(set.length() == 0 ? "" : ", ").append(ops.quote(table.columns().get(i))).append(" = ")
                            .append(row.get(i));
                }
            }
            if (set.length() == 0) {
                continue;
            }
            StringBuilder where = new StringBuilder();
            for (String pk : table.primaryKey()) {
                where.append(where.length() == 0 ? "" : " AND ").append(ops.quote(pk)).append(" = ")
                        .append(row.get(table.columns().indexOf(pk)));
            }
            out.add("UPDATE " + ops.quote(table.table()) + " SET " + set + " WHERE " + where);
        }
    }
}
