package io.shale.dialect.postgres;

import io.shale.schema.PartitionIndex;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The partitions' shares of their parents' indexes (and of the indexes behind their keys): the indexes
 * that {@link PgIndexQuery} leaves out, kept here for their names.
 */
final class PgPartitionIndexQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, t.relname AS partition_name, p.relname AS parent_index,
                   i.relname AS index_name,
                   (SELECT con.contype FROM pg_catalog.pg_constraint con
                     WHERE con.conrelid = ix.indrelid AND con.conindid = ix.indexrelid
                       AND con.contype IN ('p', 'u', 'x') LIMIT 1) AS constraint_type,
                   ARRAY(SELECT a.attname FROM pg_catalog.pg_attribute a
                          WHERE a.attrelid = ix.indexrelid AND a.attnum > 0 ORDER BY a.attnum) AS columns
              FROM pg_catalog.pg_index ix
              JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
              JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
              JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
              JOIN pg_catalog.pg_inherits inh ON inh.inhrelid = i.oid
              JOIN pg_catalog.pg_class p ON p.oid = inh.inhparent
             WHERE n.nspname = ANY(?) AND i.relispartition AND %s
             ORDER BY t.relname, p.relname
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "t.oid"));

    private PgPartitionIndexQuery() {
    }

    static List<PartitionIndex> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> new PartitionIndex(rs.getString("schema_name"),
                rs.getString("partition_name"), rs.getString("parent_index"), rs.getString("index_name"),
                kind(rs.getString("constraint_type")), PostgresInspectSql.strings(rs, "columns")));
    }

    private static PartitionIndex.Kind kind(String constraintType) {
        if (constraintType == null) {
            return PartitionIndex.Kind.INDEX;
        }
        return switch (constraintType) {
            case "p" -> PartitionIndex.Kind.PRIMARY_KEY;
            case "u" -> PartitionIndex.Kind.UNIQUE;
            default -> PartitionIndex.Kind.EXCLUSION;
        };
    }
}
