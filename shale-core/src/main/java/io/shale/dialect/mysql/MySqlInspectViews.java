package io.shale.dialect.mysql;

import io.shale.schema.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Views. The server prints {@code VIEW_DEFINITION} with every name qualified by its database
 * ({@code `shop`.`users`}); the view's own database qualifier is removed so that equal views in two
 * databases compare equal. {@code dependsOn} is read from those qualified names, kept where they
 * name a known table or view (MariaDB has no {@code VIEW_TABLE_USAGE}).
 */
final class MySqlInspectViews {
    private static final Pattern QUALIFIED = Pattern.compile("`((?:[^`]|``)+)`\\.`((?:[^`]|``)+)`");

    private static final String SQL = """
            SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION
              FROM information_schema.VIEWS
             WHERE TABLE_SCHEMA IN (%s)
            """;

    private MySqlInspectViews() {
    }

    /** @param relations {@code schema.name} of every table and view that a view may depend on */
    static List<View> run(Connection connection, List<String> schemas, Set<String> relations) throws SQLException {
        return MySqlInspectSql.query(connection, SQL, schemas, rs -> {
            String schema = rs.getString("TABLE_SCHEMA");
            String definition = rs.getString("VIEW_DEFINITION");
            return new View(schema, rs.getString("TABLE_NAME"),
                    definition.replace(MySqlInspectSql.quote(schema) + ".", ""), false,
                    dependencies(definition, relations), null);
        });
    }

    private static List<String> dependencies(String definition, Set<String> relations) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = QUALIFIED.matcher(definition);
        int from = 0;
        while (matcher.find(from)) {
            String name = matcher.group(1).replace("``", "`") + "." + matcher.group(2).replace("``", "`");
            if (relations.contains(name)) {
                found.add(name);
            }
            // `a`.`b`.`c` holds both a.b and b.c: resume at the second name.
            from = matcher.start(2) - 1;
        }
        return List.copyOf(found);
    }
}
