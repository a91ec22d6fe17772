package io.shale.dialect.postgres;

import io.shale.schema.Index;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes of tables that do not back a primary key, unique or exclusion constraint, and are not a
 * partition's share of its parent's index (that one comes with the partition).
 */
final class PgIndexQuery {
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    private static final String SQL = """
            SELECT n.nspname AS schema_name, t.relname AS table_name, i.relname AS index_name,
                   ix.indisunique AS is_unique, am.amname AS method, ix.indnkeyatts AS key_count,
                   ARRAY(SELECT a.attname FROM generate_series(0, ix.indnatts - 1) k
                           LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k]
                          ORDER BY k) AS columns,
                   ARRAY(SELECT CASE WHEN ix.indkey[k] = 0 THEN pg_catalog.pg_get_indexdef(ix.indexrelid, k + 1, false) END
                           FROM generate_series(0, ix.indnatts - 1) k ORDER BY k) AS key_definitions,
                   ARRAY(SELECT ix.indoption[k] FROM generate_series(0, ix.indnkeyatts - 1) k ORDER BY k) AS options,
                   pg_catalog.pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
                   pg_catalog.pg_get_indexdef(ix.indexrelid) AS definition
              FROM pg_catalog.pg_index ix
              JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
              JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
              JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
              JOIN pg_catalog.pg_am am ON am.oid = i.relam
             WHERE n.nspname = ANY(?) AND t.relkind IN ('r', 'p', 'm') AND NOT i.relispartition
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                                WHERE con.conrelid = ix.indrelid AND con.conindid = ix.indexrelid
                                  AND con.contype IN ('p', 'u', 'x'))
               AND %s
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "t.oid"));

    private PgIndexQuery() {
    }

    static Map<PostgresInspectKey, List<Index>> run(Connection connection, List<String> schemas) throws SQLException {
        Map<PostgresInspectKey, List<Index>> indexes = new HashMap<>();
        PostgresInspectSql.query(connection, SQL, schemas, rs -> {
            PostgresInspectKey key = new PostgresInspectKey(rs.getString("schema_name"), rs.getString("table_name"));
            indexes.computeIfAbsent(key, k -> new ArrayList<>()).add(index(rs));
            return key;
        });
        return indexes;
    }

    private static Index index(ResultSet rs) throws SQLException {
        int keyCount = rs.getInt("key_count");
        List<String> columns = PostgresInspectSql.strings(rs, "columns");
        List<String> definitions = PostgresInspectSql.strings(rs, "key_definitions");
        List<Integer> options = PostgresInspectSql.ints(rs, "options");
        List<Index.Key> keys = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            String column = columns.get(k);
            int option = options.get(k);
            boolean descending = (option & DESC) != 0;
            boolean nullsFirst = (option & NULLS_FIRST) != 0;
            // The default is NULLS LAST for ascending keys and NULLS FIRST for descending ones.
            Boolean nullsOrder = nullsFirst == descending ? null : nullsFirst;
            keys.add(new Index.Key(column, column == null ? definitions.get(k) : null, descending, nullsOrder));
        }
        List<String> include = columns.subList(keyCount, columns.size());
        return new Index(rs.getString("index_name"), rs.getBoolean("is_unique"), rs.getString("method"), keys,
                include, rs.getString("predicate"), rs.getString("definition"));
    }
}
