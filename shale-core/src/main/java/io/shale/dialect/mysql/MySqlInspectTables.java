package io.shale.dialect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Every table-like object of the schemas: base tables, views, and MariaDB's sequences and system-versioned tables. */
final class MySqlInspectTables {

    /** @param collation the table's default collation; comment null when empty */
    record Row(MySqlInspectKey key, String type, String collation, String comment) {
        boolean isBaseTable() {
            return "BASE TABLE".equals(type);
        }
    }

    private static final String SQL = """
            SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_COLLATION, TABLE_COMMENT
              FROM information_schema.TABLES
             WHERE TABLE_SCHEMA IN (%s)
            """;

    private MySqlInspectTables() {
    }

    static List<Row> run(Connection connection, List<String> schemas) throws SQLException {
        return MySqlInspectSql.query(connection, SQL, schemas, rs -> new Row(
                new MySqlInspectKey(rs.getString("TABLE_SCHEMA"), rs.getString("TABLE_NAME")),
                rs.getString("TABLE_TYPE"), rs.getString("TABLE_COLLATION"),
                MySqlInspectSql.text(rs, "TABLE_COMMENT")));
    }
}
