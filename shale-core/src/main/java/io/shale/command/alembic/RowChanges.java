package io.shale.command.alembic;

import io.shale.data.snapshot.DataSnapshot;
import io.shale.data.snapshot.InsertScript;
import io.shale.data.snapshot.TableSnapshot;
import io.shale.dialect.DataOperations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements that turn the rows of one snapshot into those of another: deletes (children first), updates
 * by primary key, then inserts (parents first). Tables present in only one snapshot are left to the schema
 * change that creates or drops them, except that a new table's rows are inserted.
 */
final class RowChanges {
    private RowChanges() {
    }

    static List<String> between(DataSnapshot from, DataSnapshot to, DataOperations ops) {
        Map<String, TableSnapshot> before = new HashMap<>();
        from.tables().forEach(t -> before.put(t.table(), t));
        List<String> deletes = new ArrayList<>();
        List<String> updates = new ArrayList<>();
        List<TableSnapshot> inserted = new ArrayList<>();
        for (TableSnapshot now : to.tables()) {
            TableSnapshot earlier = before.get(now.table());
            if (earlier == null) {
                inserted.add(now);
                continue;
            }
            // where the columns changed too, compare the columns both have
            TableSnapshot old = earlier.columns().equals(now.columns()) ? earlier : project(earlier, now.columns());
            TableSnapshot after = earlier.columns().equals(now.columns()) ? now : project(now, old.columns());
            Map<List<String>, List<String>> oldRows = byKey(old);
            Map<List<String>, List<String>> newRows = byKey(after);
            List<List<String>> added = new ArrayList<>();
            newRows.forEach((key, row) -> {
                List<String> was = oldRows.remove(key);
                if (was == null) {
                    added.add(row);
                } else if (!was.equals(row)) {
                    updates.add(update(ops, after, key, was, row));
                }
            });
            for (List<String> row : oldRows.values()) {
                deletes.add(0, delete(ops, old, keyOf(old, row), row));
            }
            if (!added.isEmpty()) {
                inserted.add(new TableSnapshot(after.table(), after.columns(), after.primaryKey(), added));
            }
        }
        List<String> out = new ArrayList<>(deletes);
        out.addAll(updates);
        out.addAll(new InsertScript(ops).statements(new DataSnapshot(to.graph(), inserted, List.of())));
        return out;
    }

    private static TableSnapshot project(TableSnapshot t, List<String> columns) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            if (columns.contains(t.columns().get(i))) {
                keep.add(i);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : t.rows()) {
            rows.add(keep.stream().map(row::get).toList());
        }
        return new TableSnapshot(t.table(), keep.stream().map(t.columns()::get).toList(), t.primaryKey(), rows);
    }

    /** Rows by primary key, or by the whole row where the table has none. */
    private static Map<List<String>, List<String>> byKey(TableSnapshot t) {
        Map<List<String>, List<String>> out = new LinkedHashMap<>();
        t.rows().forEach(r -> out.put(keyOf(t, r), r));
        return out;
    }

    private static List<String> keyOf(TableSnapshot t, List<String> row) {
        if (t.primaryKey().isEmpty() || !t.columns().containsAll(t.primaryKey())) {
            return row;
        }
        return t.primaryKey().stream().map(c -> row.get(t.columns().indexOf(c))).toList();
    }

    private static String update(DataOperations ops, TableSnapshot t, List<String> key, List<String> was,
                                 List<String> row) {
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            if (!row.get(i).equals(was.get(i))) {
                sets.add(ops.quote(t.columns().get(i)) + " = " + row.get(i));
            }
        }
        return "UPDATE " + ops.quote(t.table()) + " SET " + String.join(", ", sets) + where(ops, t, key);
    }

    private static String delete(DataOperations ops, TableSnapshot t, List<String> key, List<String> row) {
        return "DELETE FROM " + ops.quote(t.table()) + where(ops, t, key);
    }

    private static String where(DataOperations ops, TableSnapshot t, List<String> key) {
        List<String> columns = key.size() == t.primaryKey().size() && t.columns().containsAll(t.primaryKey())
                ? t.primaryKey() : t.columns();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            terms.add(ops.quote(columns.get(i)) + (key.get(i).equals("NULL") ? " IS NULL" : " = " + key.get(i)));
        }
        return " WHERE " + String.join(" AND ", terms);
    }
}
