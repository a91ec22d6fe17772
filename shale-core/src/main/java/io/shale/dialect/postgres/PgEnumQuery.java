package io.shale.dialect.postgres;

import io.shale.schema.EnumType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Enum types, labels in {@code enumsortorder}. */
final class PgEnumQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, t.typname AS name,
                   ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e
                          WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
              FROM pg_catalog.pg_type t
              JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
             WHERE n.nspname = ANY(?) AND t.typtype = 'e' AND %s
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_type", "t.oid"));

    private PgEnumQuery() {
    }

    static List<EnumType> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> new EnumType(rs.getString("schema_name"),
                rs.getString("name"), PostgresInspectSql.strings(rs, "labels")));
    }
}
