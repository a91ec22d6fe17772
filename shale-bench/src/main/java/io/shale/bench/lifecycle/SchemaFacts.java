package io.shale.bench.lifecycle;

import io.shale.schema.Catalog;
import io.shale.schema.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts both inspections read, counted so that the two can be checked against each other:
 * tables, columns, primary-key columns, indexes other than the primary key's, foreign keys.
 */
record SchemaFacts(int tables, int columns, int primaryKeyColumns, int indexes, int foreignKeys) {

    static SchemaFacts of(Catalog catalog) {
        int columns = 0;
        int pk = 0;
        int indexes = 0;
        int fks = 0;
        for (Table t : catalog.tables()) {
            columns += t.columns().size();
            pk += t.primaryKey() == null ? 0 : t.primaryKey().columns().size();
            indexes += t.indexes().size();
            fks += t.foreignKeys().size();
        }
        return new SchemaFacts(catalog.tables().size(), columns, pk, indexes, fks);
    }

    /**
     * The obvious JDBC walk: {@code getTables}, then per table {@code getColumns},
     * {@code getPrimaryKeys}, {@code getIndexInfo} and {@code getImportedKeys} (the last three take a
     * table name, not a pattern, in the JDBC specification). Every column of interest is read, as a
     * tool building a schema model would.
     */
    static SchemaFacts walk(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        int columns = 0;
        int pk = 0;
        int indexes = 0;
        int fks = 0;
        StringBuilder sink = new StringBuilder();
        for (String table : tables) {
            try (ResultSet rs = md.getColumns(null, schema, table, "%")) {
                while (rs.next()) {
                    columns++;
                    sink.append(rs.getString("COLUMN_NAME")).append(rs.getString("TYPE_NAME")).append(rs.getInt("COLUMN_SIZE"))
                            .append(rs.getInt("DECIMAL_DIGITS")).append(rs.getString("IS_NULLABLE"))
                            .append(rs.getString("COLUMN_DEF")).append(rs.getString("IS_AUTOINCREMENT"));
                }
            }
            String pkName = null;
            try (ResultSet rs = md.getPrimaryKeys(null, schema, table)) {
                while (rs.next()) {
                    pk++;
                    pkName = rs.getString("PK_NAME");
                    sink.append(rs.getString("COLUMN_NAME")).append(rs.getShort("KEY_SEQ"));
                }
            }
            Set<String> names = new HashSet<>();
            try (ResultSet rs = md.getIndexInfo(null, schema, table, false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name != null && !name.equals(pkName)) {
                        names.add(name);
                    }
                    sink.append(rs.getBoolean("NON_UNIQUE")).append(rs.getString("COLUMN_NAME"))
                            .append(rs.getShort("ORDINAL_POSITION")).append(rs.getString("ASC_OR_DESC"));
                }
            }
            indexes += names.size();
            Set<String> keys = new HashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    keys.add(rs.getString("FK_NAME"));
                    sink.append(rs.getString("PKTABLE_NAME")).append(rs.getString("PKCOLUMN_NAME"))
                            .append(rs.getString("FKCOLUMN_NAME")).append(rs.getShort("UPDATE_RULE"))
                            .append(rs.getShort("DELETE_RULE"));
                }
            }
            fks += keys.size();
            sink.setLength(Math.min(sink.length(), 1));
        }
        return new SchemaFacts(tables.size(), columns, pk, indexes, fks);
    }

    String describe() {
        return String.format("%,d tables, %,d columns, %,d primary-key columns, %,d indexes besides the primary keys, "
                + "%,d foreign keys", tables, columns, primaryKeyColumns, indexes, foreignKeys);
    }
}
