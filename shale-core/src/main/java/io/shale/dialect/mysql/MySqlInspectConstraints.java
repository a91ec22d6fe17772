package io.shale.dialect.mysql;

import io.shale.schema.CheckConstraint;
import io.shale.schema.ForeignKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Foreign keys ({@code KEY_COLUMN_USAGE} with {@code REFERENTIAL_CONSTRAINTS}' rules; never
 * deferrable) and check constraints ({@code CHECK_CONSTRAINTS}; MariaDB also reports column-level
 * checks, named after their column, and the {@code json_valid} check of its {@code JSON} columns).
 */
final class MySqlInspectConstraints {

    private static final String FOREIGN_KEYS = """
            SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA,
                   k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
              FROM information_schema.KEY_COLUMN_USAGE k
              JOIN information_schema.REFERENTIAL_CONSTRAINTS r
                ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME
               AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
             WHERE k.TABLE_SCHEMA IN (%s) AND k.REFERENCED_TABLE_NAME IS NOT NULL
             ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
            """;

    /** MariaDB's check names are unique per table, and it has the table name. */
    private static final String MARIADB_CHECKS = """
            SELECT CONSTRAINT_SCHEMA AS TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE
              FROM information_schema.CHECK_CONSTRAINTS
             WHERE CONSTRAINT_SCHEMA IN (%s)
            """;

    /** MySQL's check names are unique per schema; the table comes from TABLE_CONSTRAINTS. */
    private static final String MYSQL_CHECKS = """
            SELECT t.TABLE_SCHEMA, t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE
              FROM information_schema.CHECK_CONSTRAINTS c
              JOIN information_schema.TABLE_CONSTRAINTS t
                ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME
               AND t.CONSTRAINT_TYPE = 'CHECK'
             WHERE c.CONSTRAINT_SCHEMA IN (%s)
            """;

    private record Fk(MySqlInspectKey table, String name, List<String> columns, String refSchema, String refTable,
                      List<String> refColumns, String onDelete, String onUpdate) {
    }

    private MySqlInspectConstraints() {
    }

    static Map<MySqlInspectKey, List<ForeignKey>> foreignKeys(Connection connection, List<String> schemas)
            throws SQLException {
        Map<List<String>, Fk> raw = new LinkedHashMap<>();
        MySqlInspectSql.query(connection, FOREIGN_KEYS, schemas, rs -> {
            MySqlInspectKey table = new MySqlInspectKey(rs.getString("TABLE_SCHEMA"), rs.getString("TABLE_NAME"));
            String name = rs.getString("CONSTRAINT_NAME");
            Fk first = new Fk(table, name, new ArrayList<>(), rs.getString("REFERENCED_TABLE_SCHEMA"),
                    rs.getString("REFERENCED_TABLE_NAME"), new ArrayList<>(), rs.getString("DELETE_RULE"),
                    rs.getString("UPDATE_RULE"));
            Fk fk = raw.computeIfAbsent(List.of(table.schema(), table.table(), name), k -> first);
            fk.columns().add(rs.getString("COLUMN_NAME"));
            fk.refColumns().add(rs.getString("REFERENCED_COLUMN_NAME"));
            return table;
        });
        Map<MySqlInspectKey, List<ForeignKey>> result = new HashMap<>();
        for (Fk fk : raw.values()) {
            result.computeIfAbsent(fk.table(), k -> new ArrayList<>()).add(new ForeignKey(fk.name(), fk.columns(),
                    fk.refSchema(), fk.refTable(), fk.refColumns(), fk.onDelete(), fk.onUpdate(), false, false));
        }
        return result;
    }

    static Map<MySqlInspectKey, List<CheckConstraint>> checks(Connection connection, List<String> schemas,
                                                             boolean mariaDb) throws SQLException {
        Map<MySqlInspectKey, List<CheckConstraint>> result = new HashMap<>();
        MySqlInspectSql.query(connection, mariaDb ? MARIADB_CHECKS : MYSQL_CHECKS, schemas, rs -> {
            MySqlInspectKey table = new MySqlInspectKey(rs.getString("TABLE_SCHEMA"), rs.getString("TABLE_NAME"));
            result.computeIfAbsent(table, k -> new ArrayList<>())
                    .add(new CheckConstraint(rs.getString("CONSTRAINT_NAME"), rs.getString("CHECK_CLAUSE")));
            return table;
        });
        return result;
    }
}
