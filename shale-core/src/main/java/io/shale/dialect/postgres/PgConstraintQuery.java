package io.shale.dialect.postgres;

import io.shale.schema.CheckConstraint;
import io.shale.schema.ExclusionConstraint;
import io.shale.schema.ForeignKey;
import io.shale.schema.PrimaryKey;
import io.shale.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Primary keys, unique, foreign key, check and exclusion constraints of every table. Constraints a partition
 * inherits from its partitioned parent ({@code conparentid}, non-local checks) are left out: they
 * come with the partition. Check expressions are {@code pg_get_expr(conbin)}, which is what
 * {@code pg_get_constraintdef} prints inside {@code CHECK (...)}; exclusion constraints are their whole
 * {@code pg_get_constraintdef}. {@code NULLS NOT DISTINCT} is read
 * through {@code to_jsonb} of the index row, so the query also runs before PostgreSQL 15 (false there).
 */
final class PgConstraintQuery {

    /** One table's constraints; lists in name order. */
    record Constraints(PrimaryKey primaryKey, List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys,
                       List<CheckConstraint> checks, List<ExclusionConstraint> exclusions) {
        static final Constraints NONE = new Constraints(null, List.of(), List.of(), List.of(), List.of());
    }

    private static final String SQL = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, con.conname AS name, con.contype AS type,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                          ORDER BY k.ord) AS columns,
                   rn.nspname AS ref_schema, rc.relname AS ref_table,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                          ORDER BY k.ord) AS ref_columns,
                   con.confdeltype AS on_delete, con.confupdtype AS on_update,
                   con.condeferrable AS deferrable, con.condeferred AS deferred, NOT con.convalidated AS not_valid,
                   COALESCE((SELECT (to_jsonb(ix) ->> 'indnullsnotdistinct')::boolean FROM pg_catalog.pg_index ix
                              WHERE con.contype = 'u' AND ix.indexrelid = con.conindid), false) AS nulls_not_distinct,
                   CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END AS expression,
                   CASE WHEN con.contype = 'x' THEN pg_catalog.pg_get_constraintdef(con.oid) END AS definition
              FROM pg_catalog.pg_constraint con
              JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
              LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
             WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p') AND con.contype IN ('p', 'u', 'f', 'c', 'x')
               AND con.conparentid = 0 AND (con.contype <> 'c' OR con.conislocal)
               AND %s
             ORDER BY n.nspname, c.relname, con.conname
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "c.oid"));

    private PgConstraintQuery() {
    }

    static Map<PostgresInspectKey, Constraints> run(Connection connection, List<String> schemas) throws SQLException {
        Map<PostgresInspectKey, PrimaryKey> primaryKeys = new HashMap<>();
        Map<PostgresInspectKey, List<UniqueConstraint>> uniques = new HashMap<>();
        Map<PostgresInspectKey, List<ForeignKey>> foreignKeys = new HashMap<>();
        Map<PostgresInspectKey, List<CheckConstraint>> checks = new HashMap<>();
        Map<PostgresInspectKey, List<ExclusionConstraint>> exclusions = new HashMap<>();
        PostgresInspectSql.query(connection, SQL, schemas, rs -> {
            PostgresInspectKey key = new PostgresInspectKey(rs.getString("schema_name"), rs.getString("table_name"));
            String name = rs.getString("name");
            List<String> columns = PostgresInspectSql.strings(rs, "columns");
            switch (rs.getString("type")) {
                case "p" -> primaryKeys.put(key, new PrimaryKey(name, columns, rs.getBoolean("deferrable"),
                        rs.getBoolean("deferred")));
                case "u" -> uniques.computeIfAbsent(key, k -> new ArrayList<>()).add(new UniqueConstraint(name, columns,
                        rs.getBoolean("deferrable"), rs.getBoolean("deferred"), rs.getBoolean("nulls_not_distinct")));
                case "f" -> foreignKeys.computeIfAbsent(key, k -> new ArrayList<>()).add(new ForeignKey(name, columns,
                        rs.getString("ref_schema"), rs.getString("ref_table"), PostgresInspectSql.strings(rs, "ref_columns"),
                        action(rs.getString("on_delete")), action(rs.getString("on_update")),
                        rs.getBoolean("deferrable"), rs.getBoolean("deferred"), rs.getBoolean("not_valid")));
                case "x" -> exclusions.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new ExclusionConstraint(name, rs.getString("definition")));
                default -> checks.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new CheckConstraint(name, rs.getString("expression"), rs.getBoolean("not_valid")));
            }
            return key;
        });
        Map<PostgresInspectKey, Constraints> result = new HashMap<>();
        for (PostgresInspectKey key : union(primaryKeys, uniques, foreignKeys, checks, exclusions)) {
            result.put(key, new Constraints(primaryKeys.get(key), uniques.getOrDefault(key, List.of()),
                    foreignKeys.getOrDefault(key, List.of()), checks.getOrDefault(key, List.of()),
                    exclusions.getOrDefault(key, List.of())));
        }
        return result;
    }

    @SafeVarargs
    private static List<PostgresInspectKey> union(Map<PostgresInspectKey, ?>... maps) {
        return java.util.Arrays.stream(maps).flatMap(m -> m.keySet().stream()).distinct().toList();
    }

    /** {@code confdeltype}/{@code confupdtype} as SQL spells the action. */
    static String action(String code) {
        return switch (code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }
}
