package io.shale.data.snapshot;

import io.shale.dialect.SnapshotSql;

import io.shale.dialect.DataOperations;
import io.shale.dialect.data.DataGraph;
import io.shale.dialect.data.DataTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Reads every row of a database into literals: for squash baselines, whose reference data is small. */
public final class SnapshotReader {
    private final DataOperations ops;
    private final SnapshotSql sql;

    public SnapshotReader(DataOperations ops, SnapshotSql sql) {
        this.ops = ops;
        this.sql = sql;
    }

    /** @param skipTable tables left out (Shale's history and meta tables) */
    public DataSnapshot read(Connection c, Predicate<String> skipTable) throws SQLException {
        DataGraph full = ops.readGraph(c);
        DataGraph graph = full.only(full.tableNames().stream().filter(skipTable.negate()).toList());
        List<TableSnapshot> tables = new ArrayList<>();
        for (DataTable t : graph.tables()) {
            tables.add(readTable(c, t));
        }
        return new DataSnapshot(graph, tables, sql.sequences(c, ops).stream()
                .filter(s -> s.table() == null || !skipTable.test(s.table())).toList());
    }

    private TableSnapshot readTable(Connection c, DataTable table) throws SQLException {
        String order = table.primaryKey().isEmpty() ? ""
                : " ORDER BY " + String.join(", ", table.primaryKey().stream().map(ops::quote).toList());
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + ops.quote(table.name()) + order)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
            }
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(sql.literal(rs, i));
                }
                rows.add(row);
            }
            if (table.primaryKey().isEmpty()) {
                rows.sort(Comparator.comparing(r -> String.join(", ", r)));
            }
            return new TableSnapshot(table.name(), columns, table.primaryKey(), rows);
        }
    }
}
