package io.shale.dialect.postgres;

import io.shale.schema.CheckConstraint;
import io.shale.schema.Domain;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Domains with their checks (by name). A base type outside {@code pg_catalog} is named qualified, as
 * column types are; a collation only when it differs from the base type's, spelled as a column's is
 * ({@link PgColumnQuery}). Check expressions are
 * {@code pg_get_expr(conbin)}, what {@code pg_get_constraintdef} prints inside {@code CHECK (...)}.
 */
final class PgDomainQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, t.typname AS name,
                   CASE WHEN bn.nspname = 'pg_catalog' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod)
                        ELSE pg_catalog.quote_ident(bn.nspname) || '.' || pg_catalog.quote_ident(b.typname) END AS base_type,
                   CASE WHEN t.typcollation <> 0 AND t.typcollation <> b.typcollation THEN
                        (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname
                                     ELSE '"' || replace(cn.nspname, '"', '""') || '"."' || replace(co.collname, '"', '""') || '"' END
                           FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                          WHERE co.oid = t.typcollation) END AS collation,
                   t.typdefault AS default_expression, t.typnotnull AS not_null,
                   ARRAY(SELECT con.conname FROM pg_catalog.pg_constraint con
                          WHERE con.contypid = t.oid AND con.contype = 'c' ORDER BY con.conname) AS check_names,
                   ARRAY(SELECT pg_catalog.pg_get_expr(con.conbin, 0) FROM pg_catalog.pg_constraint con
                          WHERE con.contypid = t.oid AND con.contype = 'c' ORDER BY con.conname) AS check_expressions,
                   ARRAY(SELECT (NOT con.convalidated)::text FROM pg_catalog.pg_constraint con
                          WHERE con.contypid = t.oid AND con.contype = 'c' ORDER BY con.conname) AS check_not_valid,
                   pg_catalog.obj_description(t.oid, 'pg_type') AS comment
              FROM pg_catalog.pg_type t
              JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
              JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
              JOIN pg_catalog.pg_namespace bn ON bn.oid = b.typnamespace
             WHERE n.nspname = ANY(?) AND t.typtype = 'd' AND %s
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_type", "t.oid"));

    private PgDomainQuery() {
    }

    static List<Domain> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> {
            List<String> names = PostgresInspectSql.strings(rs, "check_names");
            List<String> expressions = PostgresInspectSql.strings(rs, "check_expressions");
            List<String> notValid = PostgresInspectSql.strings(rs, "check_not_valid");
            List<CheckConstraint> checks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                checks.add(new CheckConstraint(names.get(i), expressions.get(i), Boolean.parseBoolean(notValid.get(i))));
            }
            return new Domain(rs.getString("schema_name"), rs.getString("name"), rs.getString("base_type"),
                    rs.getString("collation"), rs.getString("default_expression"), rs.getBoolean("not_null"), checks,
                    rs.getString("comment"));
        });
    }
}
