package io.shale.dialect;

import io.shale.dialect.data.DataGraph;
import io.shale.dialect.data.DeleteRule;
import io.shale.dialect.data.SequenceValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs the catalog queries of the data operations and reads their fixed row shapes. */
public final class CatalogRows {
    private CatalogRows() {
    }

    /**
     * @param tablesSql      one column: table name
     * @param primaryKeysSql table, column, in key order
     * @param foreignKeysSql name, child, child column, parent, parent column (may be null), delete rule, nullable
     */
    public static DataGraph graph(Connection c, String tablesSql, String primaryKeysSql, String foreignKeysSql)
            throws SQLException {
        List<String> tables = new ArrayList<>();
        List<String[]> pks = new ArrayList<>();
        List<DataGraph.ForeignKeyColumn> fks = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(tablesSql)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery(primaryKeysSql)) {
                while (rs.next()) {
                    pks.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            try (ResultSet rs = st.executeQuery(foreignKeysSql)) {
                while (rs.next()) {
                    fks.add(new DataGraph.ForeignKeyColumn(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), DeleteRule.parse(rs.getString(6)), rs.getBoolean(7)));
                }
            }
        }
        return DataGraph.assemble(tables, pks, fks);
    }

    /** Rows of (handle, table or null, next value). */
    public static List<SequenceValue> sequences(Connection c, String sql) throws SQLException {
        List<SequenceValue> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new SequenceValue(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }

    public static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    public static void execute(Connection c, String... statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }
}
