package io.shale.dialect.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Ordinary and partitioned tables (relkind {@code r}, {@code p}), partitions included. */
final class PgTableQuery {

    /**
     * @param partitionOf the parent (schema-qualified only when it lives in another schema), a space
     *                    and the bound as {@code pg_get_expr} prints it: {@code events FOR VALUES FROM (...) TO (...)}
     */
    record Row(PostgresInspectKey key, String partitioning, String partitionOf, String comment, boolean unlogged,
               boolean rowSecurity, boolean forceRowSecurity) {
    }

    private static final String SQL = """
            SELECT n.nspname AS schema_name, c.relname AS table_name,
                   CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partitioning,
                   CASE WHEN c.relispartition THEN
                       (SELECT CASE WHEN p.relnamespace = c.relnamespace THEN p.relname
                                    ELSE pn.nspname || '.' || p.relname END
                          FROM pg_catalog.pg_inherits i
                          JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
                          JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                         WHERE i.inhrelid = c.oid)
                       || ' ' || pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS partition_of,
                   d.description AS comment, c.relpersistence = 'u' AS unlogged,
                   c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_catalog.pg_description d
                     ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
             WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p') AND %s
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "c.oid"));

    private PgTableQuery() {
    }

    static List<Row> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> new Row(
                new PostgresInspectKey(rs.getString("schema_name"), rs.getString("table_name")),
                rs.getString("partitioning"), rs.getString("partition_of"), rs.getString("comment"),
                rs.getBoolean("unlogged"), rs.getBoolean("row_security"), rs.getBoolean("force_row_security")));
    }
}
