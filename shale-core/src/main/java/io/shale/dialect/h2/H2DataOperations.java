package io.shale.dialect.h2;

import io.shale.dialect.data.DataGraph;
import io.shale.dialect.data.DeleteOrder;
import io.shale.dialect.data.ForeignKeyEdge;
import io.shale.dialect.data.SequenceValue;
import io.shale.dialect.CatalogRows;
import io.shale.dialect.DataOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * H2: TRUNCATE refuses tables that a foreign key references, so DELETE children first (cycles cut
 * by nulling a nullable key), then restart the identity columns (DDL, which commits).
 */
public final class H2DataOperations implements DataOperations {

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public DataGraph readGraph(Connection connection) throws SQLException {
        String tables = "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA() "
                + "AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";
        String pks = "SELECT k.TABLE_NAME, k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA "
                + "AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME "
                + "WHERE t.CONSTRAINT_TYPE = 'PRIMARY KEY' AND t.TABLE_SCHEMA = SCHEMA() "
                + "ORDER BY k.TABLE_NAME, k.ORDINAL_POSITION";
        String fks = "SELECT r.CONSTRAINT_NAME, k.TABLE_NAME, k.COLUMN_NAME, u.TABLE_NAME, u.COLUMN_NAME, "
                + "r.DELETE_RULE, c.IS_NULLABLE = 'YES' FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA "
                + "AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE u ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA "
                + "AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME AND u.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT "
                + "JOIN INFORMATION_SCHEMA.COLUMNS c ON c.TABLE_SCHEMA = k.TABLE_SCHEMA AND c.TABLE_NAME = k.TABLE_NAME "
                + "AND c.COLUMN_NAME = k.COLUMN_NAME "
                + "WHERE r.CONSTRAINT_SCHEMA = SCHEMA() AND u.TABLE_SCHEMA = SCHEMA() "
                + "ORDER BY k.TABLE_NAME, r.CONSTRAINT_NAME, k.ORDINAL_POSITION";
        return CatalogRows.graph(connection, tables, pks, fks);
    }

    @Override
    public void empty(Connection connection, DataGraph graph, List<String> tables, ObjIntConsumer<String> emptied)
            throws SQLException {
        DeleteOrder order = DeleteOrder.of(graph.only(tables), fk -> true);
        List<String> statements = new ArrayList<>();
        for (ForeignKeyEdge cut : order.nullFirst()) {
            statements.add("UPDATE " + quote(cut.child()) + " SET " + String.join(", ",
                    cut.childColumns().stream().map(c -> quote(c) + " = NULL").toList()));
        }
        CatalogRows.execute(connection, statements.toArray(new String[0]));
        int done = 0;
        for (String t : order.tables()) {
            CatalogRows.execute(connection, "DELETE FROM " + quote(t));
            emptied.accept(t, ++done);
        }
        List<SequenceValue> starts = CatalogRows.sequences(connection, "SELECT TABLE_NAME || '.' || COLUMN_NAME, "
                + "TABLE_NAME, IDENTITY_START FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA() "
                + "AND IS_IDENTITY = 'YES'");
        restoreSequences(connection, starts.stream().filter(s -> tables.contains(s.table())).toList());
    }

    @Override
    public boolean emptyIsTransactional() {
        return false;
    }

    @Override
    public List<SequenceValue> readSequences(Connection connection) throws SQLException {
        return CatalogRows.sequences(connection, "SELECT TABLE_NAME || '.' || COLUMN_NAME, TABLE_NAME, "
                + "IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA() AND IS_IDENTITY = 'YES'");
    }

    @Override
    public void restoreSequences(Connection connection, List<SequenceValue> values) throws SQLException {
        List<String> statements = new ArrayList<>();
        for (SequenceValue v : values) {
            if (v.table() != null) {
                String column = v.sequence().substring(v.table().length() + 1);
                statements.add("ALTER TABLE " + quote(v.table()) + " ALTER COLUMN " + quote(column) + " RESTART WITH "
                        + v.next());
            } else {
                statements.add("ALTER SEQUENCE " + quote(v.sequence()) + " RESTART WITH " + v.next());
            }
        }
        CatalogRows.execute(connection, statements.toArray(new String[0]));
    }

    @Override
    public String insertRow(String table, List<String> columns) {
        return DataOperations.super.insertRow(table, columns).replace(") VALUES (", ") OVERRIDING SYSTEM VALUE VALUES (");
    }

    @Override
    public List<String> createKeyTable(String keyTable, String source, List<String> columns) {
        String cols = String.join(", ", columns.stream().map(this::quote).toList());
        return List.of("CREATE LOCAL TEMPORARY TABLE " + keyTable + " AS SELECT " + cols + " FROM " + quote(source)
                + " WITH NO DATA", "ALTER TABLE " + keyTable + " ADD UNIQUE (" + cols + ")");
    }

    /** {@code DROP ALL OBJECTS} empties the whole database, every schema included. */
    @Override
    public void dropAll(Connection connection, boolean extensions) throws SQLException {
        CatalogRows.execute(connection, "DROP ALL OBJECTS");
    }
}
