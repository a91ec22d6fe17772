package io.shale.dialect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Schema-level objects the model cannot hold: events, table partitioning, MariaDB packages. */
final class MySqlInspectUnsupported {

    /** @param table the table concerned, for the skip predicate; null for schema-level objects */
    record Row(String table, String line) {
    }

    private static final String SQL = """
            SELECT NULL AS TABLE_NAME, CONCAT('event ', EVENT_SCHEMA, '.', EVENT_NAME) AS LINE
              FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN (%s)
            UNION ALL
            SELECT DISTINCT TABLE_NAME, CONCAT('partitioning of ', TABLE_SCHEMA, '.', TABLE_NAME)
              FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA IN (%s) AND PARTITION_NAME IS NOT NULL
            UNION ALL
            SELECT NULL, CONCAT(LOWER(ROUTINE_TYPE), ' ', ROUTINE_SCHEMA, '.', ROUTINE_NAME)
              FROM information_schema.ROUTINES
             WHERE ROUTINE_SCHEMA IN (%s) AND ROUTINE_TYPE NOT IN ('FUNCTION', 'PROCEDURE')
            """;

    private MySqlInspectUnsupported() {
    }

    static List<Row> run(Connection connection, List<String> schemas) throws SQLException {
        return MySqlInspectSql.query(connection, SQL, schemas,
                rs -> new Row(rs.getString("TABLE_NAME"), rs.getString("LINE")));
    }
}
