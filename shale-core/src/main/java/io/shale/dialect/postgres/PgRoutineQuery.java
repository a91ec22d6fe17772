package io.shale.dialect.postgres;

import io.shale.schema.Routine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Functions and procedures (aggregates and window functions are reported as unsupported elsewhere).
 * Functions that are an internal part of another object, such as the constructors PostgreSQL
 * creates with a range type, come and go with that object and are left out.
 */
final class PgRoutineQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, p.proname AS name,
                   p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' AS signature,
                   pg_catalog.pg_get_functiondef(p.oid) AS definition
              FROM pg_catalog.pg_proc p
              JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = ANY(?) AND p.prokind IN ('f', 'p') AND %s
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
                                  AND d.deptype = 'i')
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_proc", "p.oid"));

    private PgRoutineQuery() {
    }

    static List<Routine> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> new Routine(rs.getString("schema_name"),
                rs.getString("name"), rs.getString("signature"), rs.getString("definition")));
    }
}
