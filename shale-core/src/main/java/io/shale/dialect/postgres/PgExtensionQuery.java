package io.shale.dialect.postgres;

import io.shale.schema.Extension;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The database's extensions, except {@code plpgsql}, which every database has had since
 * PostgreSQL 9.0 and which no migration creates.
 */
final class PgExtensionQuery {

    private static final String SQL = """
            SELECT e.extname AS name, n.nspname AS schema_name, e.extversion AS version
              FROM pg_catalog.pg_extension e
              JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
             WHERE e.extname <> 'plpgsql'
            """;

    private PgExtensionQuery() {
    }

    static List<Extension> run(Connection connection) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, List.of(), rs -> new Extension(rs.getString("name"),
                rs.getString("schema_name"), rs.getString("version")));
    }
}
