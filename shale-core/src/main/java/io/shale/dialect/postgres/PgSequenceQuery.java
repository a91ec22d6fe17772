package io.shale.dialect.postgres;

import io.shale.schema.Sequence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Sequences that are not an identity column's own; a serial column's sequence ({@code pg_depend}
 * type {@code a}) is {@code ownedBy} {@code table.column}.
 */
final class PgSequenceQuery {

    /** @param ownerTable the owning table's name, for the skip predicate; null when not owned */
    record Row(Sequence sequence, String ownerTable) {
    }

    private static final String SQL = """
            SELECT n.nspname AS schema_name, c.relname AS name, pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
                   s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcycle,
                   owner.relname AS owner_table, owner.attname AS owner_column
              FROM pg_catalog.pg_sequence s
              JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN LATERAL (
                   SELECT oc.relname, oa.attname, d.deptype
                     FROM pg_catalog.pg_depend d
                     JOIN pg_catalog.pg_class oc ON oc.oid = d.refobjid
                     JOIN pg_catalog.pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
                    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                      AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i')
                      AND d.refobjsubid > 0
                    LIMIT 1) owner ON true
             WHERE n.nspname = ANY(?) AND (owner.deptype IS NULL OR owner.deptype = 'a') AND %s
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "c.oid"));

    private PgSequenceQuery() {
    }

    static List<Row> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> {
            String ownerTable = rs.getString("owner_table");
            String ownedBy = ownerTable == null ? null : ownerTable + "." + rs.getString("owner_column");
            return new Row(new Sequence(rs.getString("schema_name"), rs.getString("name"), rs.getString("data_type"),
                    rs.getLong("seqstart"), rs.getLong("seqincrement"), rs.getLong("seqmin"), rs.getLong("seqmax"),
                    rs.getBoolean("seqcycle"), ownedBy), ownerTable);
        });
    }
}
