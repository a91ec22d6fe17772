package io.shale.dialect.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The requested schemas that exist and are not system schemas, with their comments. */
final class PgSchemaQuery {

    record Row(String name, String comment) {
    }

    private static final String SQL = """
            SELECT n.nspname AS name, d.description AS comment
              FROM pg_catalog.pg_namespace n
              LEFT JOIN pg_catalog.pg_description d
                     ON d.objoid = n.oid AND d.classoid = 'pg_catalog.pg_namespace'::regclass AND d.objsubid = 0
             WHERE n.nspname = ANY(?) AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
            """;

    private PgSchemaQuery() {
    }

    static List<Row> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas,
                rs -> new Row(rs.getString("name"), rs.getString("comment")));
    }
}
