package io.shale.dialect.postgres;

import io.shale.schema.RangeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Range types ({@code pg_range}) of the managed schemas. The subtype is named as a column's type is
 * ({@link PostgresInspectSql#ATTRIBUTE_TYPE}'s rule); the operator class only when it is not the
 * subtype's default, the collation only when it is not the subtype's; functions quoted and qualified.
 * The multirange type (PostgreSQL 14 and later, read by name so the query runs on every version) only
 * when its name is not the one PostgreSQL makes up ({@link RangeType#defaultMultirange}).
 */
final class PgRangeTypeQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, t.typname AS name,
                   pg_catalog.obj_description(t.oid, 'pg_type') AS comment,
                   CASE WHEN sn.nspname = 'pg_catalog' THEN pg_catalog.format_type(r.rngsubtype, NULL)
                        ELSE pg_catalog.quote_ident(sn.nspname) || '.' || pg_catalog.quote_ident(st.typname) END AS subtype,
                   CASE WHEN NOT opc.opcdefault THEN
                        pg_catalog.quote_ident(opn.nspname) || '.' || pg_catalog.quote_ident(opc.opcname) END AS opclass,
                   CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN
                        CASE WHEN con.nspname = 'pg_catalog' THEN co.collname
                             ELSE '"' || replace(con.nspname, '"', '""') || '"."' || replace(co.collname, '"', '""') || '"'
                             END END AS collation,
                   (SELECT pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.proname)
                      FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
                     WHERE p.oid = r.rngcanonical) AS canonical,
                   (SELECT pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.proname)
                      FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
                     WHERE p.oid = r.rngsubdiff) AS subtype_diff,
                   (SELECT m.typname FROM pg_catalog.pg_type m
                     WHERE m.oid = (to_jsonb(r) ->> 'rngmultitypid')::oid) AS multirange
              FROM pg_catalog.pg_type t
              JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
              JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid
              JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
              JOIN pg_catalog.pg_namespace sn ON sn.oid = st.typnamespace
              JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
              JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace
              LEFT JOIN pg_catalog.pg_collation co ON co.oid = r.rngcollation
              LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
             WHERE n.nspname = ANY(?) AND t.typtype = 'r' AND %s
             ORDER BY n.nspname, t.typname
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_type", "t.oid"));

    private PgRangeTypeQuery() {
    }

    static List<RangeType> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> {
            String name = rs.getString("name");
            String multirange = rs.getString("multirange");
            return new RangeType(rs.getString("schema_name"), name, rs.getString("subtype"), rs.getString("opclass"),
                    rs.getString("collation"), rs.getString("canonical"), rs.getString("subtype_diff"),
                    RangeType.defaultMultirange(name).equals(multirange) ? null : multirange, rs.getString("comment"));
        });
    }
}
