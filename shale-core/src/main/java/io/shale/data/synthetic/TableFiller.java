package io.shale.data.synthetic;

import io.shale.dialect.DataOperations;
import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.Table;
import io.shale.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fills one table: builds each row, inserts it, and retries a rejected row with tamer values. */
final class TableFiller {
    record Outcome(int inserted, List<String> notes) {
    }

    private final DataOperations ops;
    private final Connection connection;
    private final Table table;
    private final Map<String, ColumnKind> kinds = new LinkedHashMap<>();
    private final Set<String> unique = new HashSet<>();
    private final Set<String> byForeignKey = new HashSet<>();
    private final Map<ForeignKey, List<List<Object>>> parents = new LinkedHashMap<>();

    TableFiller(DataOperations ops, Connection connection, Catalog catalog, Table table) {
        this.ops = ops;
        this.connection = connection;
        this.table = table;
        for (Column c : table.columns()) {
            if (!fillable(c)) {
                continue;
            }
            kinds.put(c.name(), ColumnKind.of(c, table, catalog));
        }
        if (table.primaryKey() != null) {
            unique.addAll(table.primaryKey().columns());
        }
        for (UniqueConstraint u : table.uniques()) {
            unique.addAll(u.columns());
        }
        for (Index i : table.indexes()) {
            if (i.unique()) {
                i.keys().stream().filter(k -> k.column() != null).forEach(k -> unique.add(k.column()));
            }
        }
        for (ForeignKey fk : table.foreignKeys()) {
            byForeignKey.addAll(fk.columns());
        }
    }

    /** Identity, auto-increment, sequence-numbered and generated columns are the database's to fill. */
    static boolean fillable(Column c) {
        return c.identity() == null && c.generated() == null
                && (c.defaultExpression() == null || !c.defaultExpression().toLowerCase().contains("nextval("));
    }

    Outcome fill(long start, int rows) throws SQLException {
        for (ForeignKey fk : table.foreignKeys()) {
            parents.put(fk, parentKeys(fk));
        }
        int inserted = 0;
        int dropped = 0;
        String lastError = null;
        for (int i = 0; i < rows; i++) {
            long n = start + i;
            boolean done = false;
            for (int attempt = 0; attempt < SyntheticData.ATTEMPTS && !done; attempt++) {
                try {
                    insert(row(i, n, attempt));
                    done = true;
                } catch (SQLException e) {
                    lastError = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                }
            }
            if (done) {
                inserted++;
            } else {
                dropped++;
            }
        }
        List<String> notes = new ArrayList<>();
        if (dropped > 0) {
            notes.add(table.name() + ": " + dropped + " of " + rows + " generated row(s) rejected after "
                    + SyntheticData.ATTEMPTS + " attempts each and left out; last error: " + lastError);
        }
        return new Outcome(inserted, notes);
    }

    /**
     * One candidate row; absent columns take their default. Attempt 0 mixes edge values in; later
     * attempts use plain distinct values, the literals of the column's check constraints, and NULLs.
     */
    Map<String, Cell> row(int i, long n, int attempt) {
        Map<String, Cell> row = new LinkedHashMap<>();
        for (ForeignKey fk : table.foreignKeys()) {
            foreignKey(row, fk, i, attempt);
        }
        for (Column c : table.columns()) {
            ColumnKind k = kinds.get(c.name());
            if (k == null || byForeignKey.contains(c.name())) {
                continue;
            }
            Cell cell = unique.contains(c.name()) ? uniqueValue(k, n, attempt) : freeValue(c, k, i, n, attempt);
            if (cell != null) {
                row.put(c.name(), cell);
            }
        }
        return row;
    }

    private void foreignKey(Map<String, Cell> row, ForeignKey fk, int i, int attempt) {
        List<List<Object>> keys = parents.get(fk);
        boolean nullable = FillOrder.nullable(table, fk);
        if (keys == null || keys.isEmpty() || nullable && (i % 6 == 0 || attempt >= 2)) {
            if (nullable) {
                fk.columns().forEach(c -> row.put(c, Cell.NULL));
            }
            return;
        }
        List<Object> key = keys.get((i + attempt * 7) % keys.size());
        for (int j = 0; j < fk.columns().size(); j++) {
            if (kinds.containsKey(fk.columns().get(j))) {
                row.put(fk.columns().get(j), Cell.read(key.get(j)));
            }
        }
    }

    private static Cell uniqueValue(ColumnKind k, long n, int attempt) {
        if (attempt == 0 && n == 2 && k.family() == Family.STRING) {
            return Values.largest(k);
        }
        if (attempt >= 2 && !k.values().isEmpty()) {
            return Cell.text(k.values().get((int) ((n + attempt) % k.values().size())));
        }
        return Values.distinct(k, n + attempt * 100_003L);
    }

    private static Cell freeValue(Column c, ColumnKind k, int i, long n, int attempt) {
        boolean hasDefault = c.defaultExpression() != null;
        if (k.family() == Family.OTHER) {
            return hasDefault ? null : Cell.NULL;
        }
        if (attempt > 0) {
            if (!k.values().isEmpty()) {
                return Cell.text(k.values().get((int) ((n + attempt) % k.values().size())));
            }
            if (attempt >= 2 && c.nullable()) {
                return Cell.NULL;
            }
            return attempt == 3 && hasDefault ? null : Values.distinct(k, n + attempt);
        }
        switch (i % 6) {
            case 0:
                return c.nullable() ? Cell.NULL : Values.distinct(k, 0);
            case 1:
                return Values.smallest(k);
            case 2:
                return Values.largest(k);
            case 3:
                return hasDefault ? null : Values.distinct(k, 0);
            case 4:
                return Values.distinct(k, 0);
            default:
                return Values.distinct(k, n);
        }
    }

    private void insert(Map<String, Cell> row) throws SQLException {
        List<String> columns = new ArrayList<>(row.keySet());
        if (columns.isEmpty()) {
            insertDefaults();
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(ops.insertRow(table.name(), columns))) {
            for (int j = 0; j < columns.size(); j++) {
                row.get(columns.get(j)).bind(ops, ps, j + 1);
            }
            ps.executeUpdate();
        }
    }

    /** A row of defaults only; the standard spelling first, MySQL's second. */
    private void insertDefaults() throws SQLException {
        try (Statement st = connection.createStatement()) {
            try {
                st.executeUpdate("INSERT INTO " + ops.quote(table.name()) + " DEFAULT VALUES");
            } catch (SQLException e) {
                st.executeUpdate("INSERT INTO " + ops.quote(table.name()) + " () VALUES ()");
            }
        }
    }

    /** Up to 1000 key tuples of the referenced table, without NULLs: the parents a child row may point at. */
    private List<List<Object>> parentKeys(ForeignKey fk) throws SQLException {
        StringBuilder where = new StringBuilder();
        for (String c : fk.refColumns()) {
            where.append(where.length() == 0 ? " WHERE " : " AND ").append(ops.quote(c)).append(" IS NOT NULL");
        }
        String sql = "SELECT " + String.join(", ", fk.refColumns().stream().map(ops::quote).toList()) + " FROM "
                + ops.quote(fk.refTable()) + where;
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.setMaxRows(1000);
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    List<Object> key = new ArrayList<>();
                    for (int j = 1; j <= fk.refColumns().size(); j++) {
                        key.add(rs.getObject(j));
                    }
                    out.add(key);
                }
            }
        }
        return out;
    }
}
