package io.shale.dialect.postgres;

import io.shale.dialect.SnapshotSql;
import io.shale.dialect.CatalogRows;
import io.shale.dialect.DataOperations;
import io.shale.dialect.data.SequenceValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * PostgreSQL: every value but numbers and bytes goes as its text form in an untyped literal, which
 * the column's type reads back (enums, json, arrays, ranges, dates alike). A sequence's position
 * is its last value handed out, for {@code setval(..., true)}; one never used is left alone.
 */
final class PostgresSnapshotSql implements SnapshotSql {

    @Override
    public String bytes(byte[] value) {
        return "decode('" + HexFormat.of().formatHex(value) + "', 'hex')";
    }

    @Override
    public List<SequenceValue> sequences(Connection connection, DataOperations ops) throws SQLException {
        return CatalogRows.sequences(connection, "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename), "
                + "NULL, last_value FROM pg_sequences WHERE schemaname = current_schema() AND last_value IS NOT NULL "
                + "ORDER BY 1");
    }

    @Override
    public List<String> restore(SequenceValue value, DataOperations ops) {
        return List.of("SELECT setval(" + string(value.sequence()) + ", " + value.next() + ", true)");
    }
}
