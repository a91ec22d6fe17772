package io.shale.dialect.postgres;

import io.shale.schema.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Views and materialized views; {@code dependsOn} from the view's rewrite rule's dependencies. */
final class PgViewQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, c.relname AS name, c.relkind = 'm' AS materialized,
                   pg_catalog.pg_get_viewdef(c.oid, true) AS definition, d.description AS comment,
                   ARRAY(SELECT DISTINCT rn.nspname || '.' || rc.relname
                           FROM pg_catalog.pg_rewrite r
                           JOIN pg_catalog.pg_depend dep
                             ON dep.classid = 'pg_catalog.pg_rewrite'::regclass AND dep.objid = r.oid
                            AND dep.refclassid = 'pg_catalog.pg_class'::regclass
                           JOIN pg_catalog.pg_class rc ON rc.oid = dep.refobjid
                           JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
                          WHERE r.ev_class = c.oid AND rc.oid <> c.oid
                            AND rc.relkind IN ('r', 'p', 'v', 'm', 'f')) AS depends_on
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_catalog.pg_description d
                     ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
             WHERE n.nspname = ANY(?) AND c.relkind IN ('v', 'm') AND %s
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "c.oid"));

    private PgViewQuery() {
    }

    static List<View> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> new View(rs.getString("schema_name"),
                rs.getString("name"), rs.getString("definition"), rs.getBoolean("materialized"),
                PostgresInspectSql.strings(rs, "depends_on").stream().sorted().toList(), rs.getString("comment")));
    }
}
