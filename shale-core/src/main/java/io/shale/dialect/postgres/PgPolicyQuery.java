package io.shale.dialect.postgres;

import io.shale.schema.Policy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Row-level security policies, read from {@code pg_policies}: expressions as PostgreSQL prints them,
 * roles by name ({@code public} for everyone), sorted.
 */
final class PgPolicyQuery {

    private static final String SQL = """
            SELECT p.schemaname AS schema_name, p.tablename AS table_name, p.policyname AS name,
                   p.permissive = 'PERMISSIVE' AS permissive, p.cmd AS command,
                   ARRAY(SELECT r FROM unnest(p.roles) r ORDER BY r) AS roles,
                   p.qual AS using_expression, p.with_check AS check_expression
              FROM pg_catalog.pg_policies p
             WHERE p.schemaname = ANY(?)
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend ext
                                WHERE ext.classid = 'pg_catalog.pg_class'::regclass AND ext.deptype = 'e'
                                  AND ext.objid = (pg_catalog.quote_ident(p.schemaname) || '.'
                                                   || pg_catalog.quote_ident(p.tablename))::regclass)
            """;

    private PgPolicyQuery() {
    }

    static List<Policy> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> new Policy(rs.getString("schema_name"),
                rs.getString("table_name"), rs.getString("name"), rs.getBoolean("permissive"), rs.getString("command"),
                PostgresInspectSql.strings(rs, "roles"), rs.getString("using_expression"),
                rs.getString("check_expression")));
    }
}
