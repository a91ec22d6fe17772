package io.shale.dialect.postgres;

import io.shale.schema.ExtendedStatistics;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Extended statistics objects ({@code pg_statistic_ext}) of the managed schemas, with their table, kinds,
 * columns and expressions, target and comment. The columns and expressions are PostgreSQL's own text
 * ({@code pg_get_statisticsobjdef_columns}, from 14; before 14 there are no expressions and the column
 * names are quoted as needed). The kinds are left empty when they are the default: all three, or none
 * but the expressions' own statistics (an object on a single expression). The target is read by name
 * ({@code -1} up to 16, null from 17 for the default), so the query runs on every version.
 */
final class PgStatisticsQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, s.stxname AS name, tn.nspname AS table_schema, c.relname AS table_name,
                   ARRAY(SELECT CASE k WHEN 'd' THEN 'ndistinct' WHEN 'f' THEN 'dependencies' ELSE 'mcv' END
                           FROM unnest(s.stxkind::text[]) k WHERE k IN ('d', 'f', 'm')
                          ORDER BY position(k IN 'dfm')) AS kinds,
                   %s AS on_text,
                   NULLIF((to_jsonb(s) ->> 'stxstattarget')::int, -1) AS target,
                   pg_catalog.obj_description(s.oid, 'pg_statistic_ext') AS comment
              FROM pg_catalog.pg_statistic_ext s
              JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
              JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
              JOIN pg_catalog.pg_namespace tn ON tn.oid = c.relnamespace
             WHERE n.nspname = ANY(?) AND %s
             ORDER BY n.nspname, s.stxname
            """;

    private static final String COLUMNS_SINCE_14 = "pg_catalog.pg_get_statisticsobjdef_columns(s.oid)";

    private static final String COLUMNS_BEFORE_14 = "(SELECT string_agg(pg_catalog.quote_ident(a.attname), ', '"
            + " ORDER BY k.ord) FROM unnest(s.stxkeys::int2[]) WITH ORDINALITY k(attnum, ord)"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = s.stxrelid AND a.attnum = k.attnum)";

    /** Every kind PostgreSQL can build for a definition: listed, they would only repeat the default. */
    private static final List<String> ALL_KINDS = List.of("ndistinct", "dependencies", "mcv");

    private PgStatisticsQuery() {
    }

    static List<ExtendedStatistics> run(Connection connection, List<String> schemas) throws SQLException {
        String columns = connection.getMetaData().getDatabaseMajorVersion() >= 14 ? COLUMNS_SINCE_14 : COLUMNS_BEFORE_14;
        String sql = SQL.formatted(columns,
                PostgresInspectSql.notFromExtension("pg_catalog.pg_statistic_ext", "s.oid"));
        return PostgresInspectSql.query(connection, sql, schemas, rs -> {
            List<String> kinds = PostgresInspectSql.strings(rs, "kinds");
            return new ExtendedStatistics(rs.getString("schema_name"), rs.getString("name"),
                    rs.getString("table_schema"), rs.getString("table_name"),
                    kinds.equals(ALL_KINDS) ? List.of() : kinds, rs.getString("on_text"),
                    PostgresInspectSql.integer(rs, "target"), rs.getString("comment"));
        });
    }
}
