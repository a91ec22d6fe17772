package io.shale.dialect.postgres;

import io.shale.schema.Trigger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * User triggers on tables and views: not internal (foreign key machinery) and not a partition's
 * clone of its parent's trigger.
 */
final class PgTriggerQuery {

    private static final String SQL = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, t.tgname AS name,
                   pg_catalog.pg_get_triggerdef(t.oid) AS definition
              FROM pg_catalog.pg_trigger t
              JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = ANY(?) AND NOT t.tgisinternal AND t.tgparentid = 0 AND %s
            """.formatted(PostgresInspectSql.notFromExtension("pg_catalog.pg_class", "c.oid"));

    private PgTriggerQuery() {
    }

    static List<Trigger> run(Connection connection, List<String> schemas) throws SQLException {
        return PostgresInspectSql.query(connection, SQL, schemas, rs -> new Trigger(rs.getString("schema_name"),
                rs.getString("table_name"), rs.getString("name"), rs.getString("definition")));
    }
}
