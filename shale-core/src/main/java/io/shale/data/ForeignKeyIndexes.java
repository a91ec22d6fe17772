package io.shale.data;

import io.shale.dialect.DataOperations;
import io.shale.dialect.data.ForeignKeyEdge;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The foreign keys whose referencing columns no index leads with. Deleting a parent row makes the
 * engine look for its children (and a purge joins on those columns): without such an index, each
 * look is a scan of the child table. Issue 17 measured a 500k-row purge at over 8 minutes through
 * unindexed columns, 16 s with them. Read from JDBC's index metadata, the same on every engine.
 */
public final class ForeignKeyIndexes {
    /** A foreign key without a leading index, and the statement that adds one. */
    public record Unindexed(String table, List<String> columns, String parent, String constraint, String createIndex) {
        public Unindexed {
            columns = List.copyOf(columns);
        }

        /** The warning as a person reads it. */
        public String describe() {
            return "foreign key " + constraint + " on " + table + "(" + String.join(", ", columns) + ") -> " + parent
                    + " has no index: each deleted " + parent + " row scans " + table + "; fix: " + createIndex;
        }
    }

    private ForeignKeyIndexes() {
    }

    /** The edges of {@code edges} whose child columns are not the leading columns of any index. */
    public static List<Unindexed> unindexed(Connection connection, DataOperations ops, List<ForeignKeyEdge> edges)
            throws SQLException {
        Map<String, List<List<String>>> indexesByTable = new HashMap<>();
        List<Unindexed> out = new ArrayList<>();
        for (ForeignKeyEdge fk : edges) {
            List<List<String>> indexes = indexesByTable.get(fk.child());
            if (indexes == null) {
                indexes = indexes(connection, fk.child());
                indexesByTable.put(fk.child(), indexes);
            }
            if (indexes.stream().noneMatch(index -> leads(index, fk.childColumns()))) {
                String name = fk.child() + "_" + String.join("_", fk.childColumns()) + "_idx";
                out.add(new Unindexed(fk.child(), fk.childColumns(), fk.parent(), fk.name(),
                        "CREATE INDEX " + ops.quote(name.length() > 60 ? name.substring(0, 60) : name) + " ON "
                                + ops.quote(fk.child()) + " (" + String.join(", ",
                                fk.childColumns().stream().map(ops::quote).toList()) + ");"));
            }
        }
        return out;
    }

    /** True when the index's first columns are exactly {@code columns}, in any order. */
    static boolean leads(List<String> index, List<String> columns) {
        if (index.size() < columns.size()) {
            return false;
        }
        List<String> head = index.subList(0, columns.size()).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).allMatch(head::contains);
    }

    /** Each index of the table (primary key and unique ones included) as its columns in order. */
    private static List<List<String>> indexes(Connection connection, String table) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        Map<String, TreeMap<Short, String>> byName = new HashMap<>();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rows = md.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, true)) {
                while (rows.next()) {
                    String index = rows.getString("INDEX_NAME");
                    String column = rows.getString("COLUMN_NAME");
                    if (index != null && column != null) {
                        byName.computeIfAbsent(index, k -> new TreeMap<>()).put(rows.getShort("ORDINAL_POSITION"), column);
                    }
                }
            }
            if (!byName.isEmpty()) {
                break;
            }
        }
        List<List<String>> out = new ArrayList<>();
        byName.values().forEach(columns -> out.add(List.copyOf(columns.values())));
        return out;
    }
}
