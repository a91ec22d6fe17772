package io.shale.dialect.postgres;

import io.shale.schema.Collation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Collations created in the schemas, with their comments. {@code pg_collation} has changed its columns
 * between versions (the ICU locale is {@code collcollate} up to 14, {@code colliculocale} in 15 and 16,
 * {@code colllocale} from 17; ICU rules since 16), so the columns that vary are read by name from the
 * row as JSON, where a column the server does not have is null. The locale of a {@code libc} collation
 * is its {@code LC_COLLATE} and {@code LC_CTYPE}; that of the other providers, {@code locale}.
 */
final class PgCollationQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, co.collname AS name,
                   CASE co.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin'
                        ELSE co.collprovider::text END AS provider,
                   CASE WHEN co.collprovider <> 'c' THEN
                        COALESCE(j.attrs ->> 'colllocale', j.attrs ->> 'colliculocale', j.attrs ->> 'collcollate') END AS locale,
                   CASE WHEN co.collprovider = 'c' THEN j.attrs ->> 'collcollate' END AS lc_collate,
                   CASE WHEN co.collprovider = 'c' THEN j.attrs ->> 'collctype' END AS lc_ctype,
                   co.collisdeterministic AS deterministic, j.attrs ->> 'collicurules' AS rules,
                   pg_catalog.obj_description(co.oid, 'pg_collation') AS comment
              FROM pg_catalog.pg_collation co
              JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
             CROSS JOIN LATERAL (SELECT pg_catalog.to_jsonb(co) AS attrs) j
             WHERE n.nspname = ANY(?) AND %s
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_collation", "co.oid"));

    private PgCollationQuery() {
    }

    static List<Collation> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> new Collation(rs.getString("schema_name"),
                rs.getString("name"), rs.getString("provider"), rs.getString("locale"), rs.getString("lc_collate"),
                rs.getString("lc_ctype"), rs.getBoolean("deterministic"), rs.getString("rules"),
                rs.getString("comment")));
    }
}
