package io.shale.dialect.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The requested schemas that exist and are not system schemas, with their comments. */
final class PgSchemaQuery {

    record Row(String name, String comment) {
    }

    private static final String SYSTEM = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

    private static final String SQL = """
            SELECT n.nspname AS name, d.description AS comment
              FROM pg_catalog.pg_namespace n
              LEFT JOIN pg_catalog.pg_description d
                     ON d.objoid = n.oid AND d.classoid = 'pg_catalog.pg_namespace'::regclass AND d.objsubid = 0
             WHERE n.nspname = ANY(?) AND %s
            """.formatted(SYSTEM);

    /** Every schema that is neither PostgreSQL's own nor created by an extension. */
    private static final String ALL = """
            SELECT n.nspname AS name FROM pg_catalog.pg_namespace n
             WHERE %s AND %s
             ORDER BY n.nspname
            """.formatted(SYSTEM, PostgresInspectSql.notFromExtension("pg_catalog.pg_namespace", "n.oid"));

    private PgSchemaQuery() {
    }

    static List<Row> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas,
                rs -> new Row(rs.getString("name"), rs.getString("comment")));
    }

    static List<String> all(Connection connection) throws SQLException {
        return PostgresInspectSql.query(connection, ALL, List.of(), rs -> rs.getString("name"));
    }
}
