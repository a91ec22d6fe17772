package io.shale.dialect.postgres;

import io.shale.schema.ObjectComment;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Comments on indexes (of tables and materialized views) and on table constraints. A partition's copies of its parent's indexes and
 * constraints are left out, like the objects themselves.
 */
final class PgObjectCommentQuery {

    private static final String SQL = """
            WITH wanted AS (SELECT oid, nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY(?))
            SELECT w.nspname AS schema_name, 'INDEX' AS kind, t.relname AS table_name, i.relname AS name,
                   d.description AS comment
              FROM pg_catalog.pg_index ix
              JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
              JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
              JOIN wanted w ON w.oid = t.relnamespace
              JOIN pg_catalog.pg_description d ON d.objoid = i.oid AND d.objsubid = 0
                   AND d.classoid = 'pg_catalog.pg_class'::regclass
             WHERE t.relkind IN ('r', 'p', 'm') AND NOT i.relispartition AND %1$s
            UNION ALL
            SELECT w.nspname, 'CONSTRAINT', c.relname, con.conname, d.description
              FROM pg_catalog.pg_constraint con
              JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
              JOIN wanted w ON w.oid = c.relnamespace
              JOIN pg_catalog.pg_description d ON d.objoid = con.oid
                   AND d.classoid = 'pg_catalog.pg_constraint'::regclass
             WHERE c.relkind IN ('r', 'p') AND con.conparentid = 0 AND %2$s
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "t.oid"),
            PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "c.oid"));

    private PgObjectCommentQuery() {
    }

    static List<ObjectComment> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> new ObjectComment(rs.getString("schema_name"),
                ObjectComment.Kind.valueOf(rs.getString("kind")), rs.getString("table_name"), rs.getString("name"),
                rs.getString("comment")));
    }
}
