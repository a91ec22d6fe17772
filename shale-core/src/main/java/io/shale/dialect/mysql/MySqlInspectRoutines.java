package io.shale.dialect.mysql;

import io.shale.schema.Routine;
import io.shale.schema.Trigger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored functions, procedures and triggers. Their {@code CREATE} statements are assembled from
 * {@code information_schema} (set-based, and without the {@code DEFINER} that {@code SHOW CREATE}
 * adds and that differs between environments).
 */
final class MySqlInspectRoutines {

    private static final String ROUTINES = """
            SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, ROUTINE_DEFINITION, IS_DETERMINISTIC,
                   SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_COMMENT
              FROM information_schema.ROUTINES
             WHERE ROUTINE_SCHEMA IN (%s) AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')
            """;

    private static final String PARAMETERS = """
            SELECT SPECIFIC_SCHEMA, SPECIFIC_NAME, ROUTINE_TYPE, PARAMETER_MODE, PARAMETER_NAME, DTD_IDENTIFIER
              FROM information_schema.PARAMETERS
             WHERE SPECIFIC_SCHEMA IN (%s) AND ORDINAL_POSITION > 0
             ORDER BY SPECIFIC_SCHEMA, SPECIFIC_NAME, ORDINAL_POSITION
            """;

    private static final String TRIGGERS = """
            SELECT TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_TIMING,
                   ACTION_STATEMENT
              FROM information_schema.TRIGGERS
             WHERE TRIGGER_SCHEMA IN (%s)
            """;

    private MySqlInspectRoutines() {
    }

    static List<Routine> routines(Connection connection, List<String> schemas) throws SQLException {
        Map<List<String>, List<String>> parameters = new HashMap<>();
        MySqlInspectSql.query(connection, PARAMETERS, schemas, rs -> {
            String mode = rs.getString("PARAMETER_MODE");
            String parameter = (mode == null ? "" : mode + " ") + MySqlInspectSql.quote(rs.getString("PARAMETER_NAME"))
                    + " " + rs.getString("DTD_IDENTIFIER");
            parameters.computeIfAbsent(List.of(rs.getString("SPECIFIC_SCHEMA"), rs.getString("ROUTINE_TYPE"),
                    rs.getString("SPECIFIC_NAME")), k -> new ArrayList<>()).add(parameter);
            return parameter;
        });
        return MySqlInspectSql.query(connection, ROUTINES, schemas, rs -> {
            String schema = rs.getString("ROUTINE_SCHEMA");
            String name = rs.getString("ROUTINE_NAME");
            String type = rs.getString("ROUTINE_TYPE");
            boolean function = type.equals("FUNCTION");
            List<String> params = parameters.getOrDefault(List.of(schema, type, name), List.of()).stream()
                    .map(p -> function && p.startsWith("IN ") ? p.substring(3) : p).toList();
            String arguments = "(" + String.join(", ", params) + ")";
            StringBuilder definition = new StringBuilder("CREATE ").append(type).append(' ')
                    .append(MySqlInspectSql.quote(name)).append(arguments);
            if (function) {
                definition.append(" RETURNS ").append(rs.getString("DTD_IDENTIFIER"));
            }
            if ("YES".equals(rs.getString("IS_DETERMINISTIC"))) {
                definition.append("\nDETERMINISTIC");
            }
            String access = rs.getString("SQL_DATA_ACCESS");
            if (access != null && !access.equals("CONTAINS SQL")) {
                definition.append('\n').append(access);
            }
            if ("INVOKER".equals(rs.getString("SECURITY_TYPE"))) {
                definition.append("\nSQL SECURITY INVOKER");
            }
            String comment = MySqlInspectSql.text(rs, "ROUTINE_COMMENT");
            if (comment != null) {
                definition.append("\nCOMMENT ").append(MySqlInspectSql.literal(comment));
            }
            definition.append('\n').append(rs.getString("ROUTINE_DEFINITION"));
            return new Routine(schema, name, name + arguments.replace("`", ""), definition.toString());
        });
    }

    static List<Trigger> triggers(Connection connection, List<String> schemas) throws SQLException {
        return MySqlInspectSql.query(connection, TRIGGERS, schemas, rs -> {
            String table = rs.getString("EVENT_OBJECT_TABLE");
            String name = rs.getString("TRIGGER_NAME");
            String definition = "CREATE TRIGGER " + MySqlInspectSql.quote(name) + " " + rs.getString("ACTION_TIMING")
                    + " " + rs.getString("EVENT_MANIPULATION") + " ON " + MySqlInspectSql.quote(table)
                    + " FOR EACH ROW " + rs.getString("ACTION_STATEMENT");
            return new Trigger(rs.getString("TRIGGER_SCHEMA"), table, name, definition);
        });
    }
}
