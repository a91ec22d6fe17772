package io.shale.dialect.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Objects the catalog model cannot hold, one line each, so the differ can warn about them rather
 * than silently ignore them. Extension-owned objects are left out like everywhere else.
 */
final class PgUnsupportedQuery {

    /** @param table the table the object belongs to, for the skip predicate; null for schema-level objects */
    record Row(String table, String line) {
    }

    private static final String SQL = """
            WITH wanted AS (SELECT oid, nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY(?)),
            rel AS (SELECT c.oid, c.relname, c.relkind, c.relpersistence, c.relrowsecurity, c.relispartition,
                           w.nspname || '.' || c.relname AS qualified
                      FROM pg_catalog.pg_class c JOIN wanted w ON w.oid = c.relnamespace
                     WHERE %1$s)
            SELECT r.relname AS table_name, 'rule ' || ru.rulename || ' on ' || r.qualified AS line
              FROM pg_catalog.pg_rewrite ru JOIN rel r ON r.oid = ru.ev_class WHERE ru.rulename <> '_RETURN'
            UNION ALL
            SELECT r.relname, 'foreign table ' || r.qualified FROM rel r WHERE r.relkind = 'f'
            UNION ALL
            SELECT r.relname, 'table ' || r.qualified || ' inherits ' || pn.nspname || '.' || p.relname
              FROM rel r JOIN pg_catalog.pg_inherits i ON i.inhrelid = r.oid
              JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
              JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
             WHERE r.relkind IN ('r', 'p', 'f') AND NOT r.relispartition
            UNION ALL
            SELECT NULL, CASE p.prokind WHEN 'a' THEN 'aggregate ' ELSE 'window function ' END
                         || w.nspname || '.' || p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'
              FROM pg_catalog.pg_proc p JOIN wanted w ON w.oid = p.pronamespace
             WHERE p.prokind IN ('a', 'w') AND %2$s
            UNION ALL
            SELECT NULL, 'operator ' || w.nspname || '.' || o.oprname
                         || '(' || pg_catalog.format_type(o.oprleft, NULL) || ', ' || pg_catalog.format_type(o.oprright, NULL) || ')'
              FROM pg_catalog.pg_operator o JOIN wanted w ON w.oid = o.oprnamespace
             WHERE %3$s
            UNION ALL
            SELECT NULL, 'event trigger ' || e.evtname FROM pg_catalog.pg_event_trigger e
             WHERE %4$s
            """.formatted(
            PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "c.oid"),
            PostgresInspectSql.notFromExtension("pg_catalog.pg_proc", "p.oid"),
            PostgresInspectSql.notFromExtension("pg_catalog.pg_operator", "o.oid"),
            PostgresInspectSql.notFromExtension("pg_catalog.pg_event_trigger", "e.oid"));

    private PgUnsupportedQuery() {
    }

    static List<Row> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas,
                rs -> new Row(rs.getString("table_name"), rs.getString("line")));
    }
}
