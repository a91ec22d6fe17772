package io.shale.data;

import io.shale.dialect.data.DeleteOrder;
import io.shale.dialect.data.DataTable;
import io.shale.dialect.data.DataGraph;
import io.shale.dialect.DataOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads whole tables into memory and writes them back, parents first: for reference data, which is small. */
public final class RowCopier {
    private final DataOperations ops;

    public RowCopier(DataOperations ops) {
        this.ops = ops;
    }

    /** The non-empty ones of {@code tables}, parents first, each ordered by its primary key. */
    public List<TableRows> read(Connection c, DataGraph graph, List<String> tables) throws SQLException {
        List<TableRows> out = new ArrayList<>();
        java.util.Set<String> holding = ops.tablesHoldingRows(c, tables);
        for (String table : DeleteOrder.of(graph.only(tables), fk -> true).parentsFirst()) {
            if (!holding.contains(table)) {
                continue;
            }
            TableRows rows = readTable(c, graph.table(table).orElseThrow());
            if (!rows.rows().isEmpty()) {
                out.add(rows);
            }
        }
        return out;
    }

    private TableRows readTable(Connection c, DataTable table) throws SQLException {
        String order = table.primaryKey().isEmpty() ? ""
                : " ORDER BY " + String.join(", ", table.primaryKey().stream().map(ops::quote).toList());
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + ops.quote(table.name()) + order)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return new TableRows(table.name(), columns, rows);
        }
    }

    /** Inserts the rows, table by table in the given order, one batch per table. */
    public void write(Connection c, List<TableRows> tables) throws SQLException {
        for (TableRows t : tables) {
            try (PreparedStatement insert = c.prepareStatement(ops.insertRow(t.table(), t.columns()))) {
                for (List<Object> row : t.rows()) {
                    for (int i = 0; i < row.size(); i++) {
                        ops.bindValue(insert, i + 1, row.get(i));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
