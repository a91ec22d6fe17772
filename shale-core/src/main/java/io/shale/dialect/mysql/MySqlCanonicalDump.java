package io.shale.dialect.mysql;

import io.shale.dialect.CanonicalDump;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * MySQL's and MariaDB's own definitions: {@code SHOW CREATE TABLE / VIEW / TRIGGER / PROCEDURE /
 * FUNCTION} of every object of the current database, normalised so that two databases of one
 * server compare equal: no {@code AUTO_INCREMENT=n} counter, no {@code DEFINER}, no database name.
 */
final class MySqlCanonicalDump implements CanonicalDump {
    private static final Pattern AUTO_INCREMENT = Pattern.compile(" AUTO_INCREMENT=\\d+");
    private static final Pattern DEFINER = Pattern.compile(" ?DEFINER=`(?:[^`]|``)*`@`(?:[^`]|``)*`");

    @Override
    public SortedMap<String, String> dump(Connection connection, Predicate<String> skipTable) throws SQLException {
        SortedMap<String, String> out = new TreeMap<>();
        String database = connection.getCatalog();
        List<String[]> objects = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT table_name, table_type FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    boolean view = "VIEW".equals(rs.getString(2));
                    objects.add(new String[] {view ? "VIEW" : "TABLE", rs.getString(1), rs.getString(1)});
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT trigger_name, event_object_table FROM information_schema.triggers"
                    + " WHERE trigger_schema = DATABASE()")) {
                while (rs.next()) {
                    objects.add(new String[] {"TRIGGER", rs.getString(1), rs.getString(2)});
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT routine_name, routine_type FROM information_schema.routines"
                    + " WHERE routine_schema = DATABASE()")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(2), rs.getString(1), null});
                }
            }
            for (String[] o : objects) {
                if (o[2] != null && skipTable.test(o[2])) {
                    continue;
                }
                String column = switch (o[0]) {
                    case "TABLE" -> "Create Table";
                    case "VIEW" -> "Create View";
                    case "TRIGGER" -> "SQL Original Statement";
                    case "PROCEDURE" -> "Create Procedure";
                    default -> "Create Function";
                };
                try (ResultSet rs = st.executeQuery("SHOW CREATE " + o[0] + " `" + o[1].replace("`", "``") + "`")) {
                    if (rs.next()) {
                        out.put(o[0].toLowerCase(java.util.Locale.ROOT) + " " + o[1],
                                normalise(rs.getString(column), database));
                    }
                }
            }
        }
        return out;
    }

    static String normalise(String definition, String database) {
        if (definition == null) {
            return "";
        }
        String text = AUTO_INCREMENT.matcher(definition).replaceAll("");
        text = DEFINER.matcher(text).replaceAll("");
        if (database != null) {
            text = text.replace("`" + database.replace("`", "``") + "`.", "");
        }
        return text.strip();
    }
}
