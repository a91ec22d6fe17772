package io.shale.dialect.postgres;

import io.shale.dialect.CanonicalDump;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own definitions ({@code pg_get_constraintdef}, {@code pg_get_indexdef},
 * {@code pg_get_viewdef}, {@code pg_get_functiondef}, {@code pg_get_triggerdef}, {@code format_type},
 * reloptions, persistence, inheritance, partition bounds, policies, comments, collations, domains)
 * of every object in every non-system schema, or in the configured ones; see {@link PgCanonicalQueries}.
 */
final class PostgresCanonicalDump implements CanonicalDump {
    private static final String SETTLE = "shale_settle";
    private static final Pattern INDEX = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX )(\\S+)( ON .*)$", Pattern.DOTALL);

    @Override
    public SortedMap<String, String> dump(Connection connection, Predicate<String> skipTable) throws SQLException {
        return dump(connection, List.of(), skipTable);
    }

    /**
     * Objects of another schema than {@code schemas} (when not empty) are left out, whatever they
     * belong to; extensions, which belong to the database, are kept, as the inspector keeps them.
     */
    @Override
    public SortedMap<String, String> dump(Connection connection, List<String> schemas, Predicate<String> skipTable)
            throws SQLException {
        Set<String> wanted = Set.copyOf(schemas);
        SortedMap<String, String> out = new TreeMap<>();
        try (Statement st = connection.createStatement()) {
            for (String sql : PgCanonicalQueries.ALL) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        String schema = rs.getString("sch");
                        if (schema != null && !wanted.isEmpty() && !wanted.contains(schema)) {
                            continue;
                        }
                        String table = rs.getString("tbl");
                        if (table == null || !skipTable.test(table)) {
                            out.put(rs.getString("k"), rs.getString("def"));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Override
    public String settle(Connection scratch, String key, String definition) {
        String[] lines = definition.split("\n", 2);
        String rest = lines.length > 1 ? "\n" + lines[1] : "";
        try {
            if (key.startsWith("constraint ") && lines[0].startsWith("CHECK ")) {
                String table = table(key);
                return roundTrip(scratch, "ALTER TABLE " + table + " ADD CONSTRAINT " + SETTLE + " " + lines[0]
                                + (lines[0].endsWith("NOT VALID") ? "" : " NOT VALID"),
                        "SELECT pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE conname = '" + SETTLE
                                + "' AND conrelid = '" + table + "'::regclass") .replace(" NOT VALID", "")
                        + (lines[0].endsWith("NOT VALID") ? " NOT VALID" : "") + rest;
            }
            if (key.startsWith("index ")) {
                Matcher m = INDEX.matcher(lines[0]);
                if (m.matches()) {
                    String schema = key.substring("index ".length(), key.lastIndexOf('.'));
                    String settled = roundTrip(scratch, m.group(1) + SETTLE + m.group(3),
                            "SELECT pg_get_indexdef('" + quote(schema) + "." + SETTLE + "'::regclass)");
                    Matcher back = INDEX.matcher(settled);
                    return (back.matches() ? back.group(1) + m.group(2) + back.group(3) : settled) + rest;
                }
            }
            if (key.startsWith("column ")) {
                return settleDefault(scratch, key, definition);
            }
            if (key.startsWith("view ") && lines[0].equals("VIEW") && lines.length > 1) {
                String[] body = lines[1].split("\nCOMMENT ", 2);
                String schema = key.substring("view ".length(), key.lastIndexOf('.'));
                String settled = roundTrip(scratch, "CREATE VIEW " + quote(schema) + "." + SETTLE + " AS " + body[0],
                        "SELECT pg_get_viewdef('" + quote(schema) + "." + SETTLE + "'::regclass)");
                return "VIEW\n" + settled + (body.length > 1 ? "\nCOMMENT " + body[1] : "");
            }
        } catch (SQLException | RuntimeException e) {
            return definition;
        }
        return definition;
    }

    /** A column's {@code DEFAULT} line, set again on the column and read back. */
    private String settleDefault(Connection scratch, String key, String definition) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (String line : definition.split("\n")) {
            if (line.startsWith("DEFAULT ")) {
                String column = key.substring(key.lastIndexOf('.') + 1);
                String table = table(key);
                line = "DEFAULT " + roundTrip(scratch, "ALTER TABLE " + table + " ALTER COLUMN " + quote(column)
                                + " SET DEFAULT " + line.substring("DEFAULT ".length()),
                        "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_attribute a"
                                + " ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = '" + table
                                + "'::regclass AND a.attname = '" + column.replace("'", "''") + "'");
            }
            out.append(out.length() == 0 ? "" : "\n").append(line);
        }
        return out.toString();
    }

    /** {@code constraint s.t.name} or {@code column s.t.name}: the quoted, qualified table. */
    private static String table(String key) {
        String qualified = key.substring(key.indexOf(' ') + 1, key.lastIndexOf('.'));
        int dot = qualified.indexOf('.');
        return quote(qualified.substring(0, dot)) + "." + quote(qualified.substring(dot + 1));
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Runs {@code ddl} in a transaction that is rolled back, and returns what {@code read} gives in between. */
    private static String roundTrip(Connection c, String ddl, String read) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute(ddl);
            try (PreparedStatement ps = c.prepareStatement(read); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("nothing read back by " + read);
                }
                return rs.getString(1);
            }
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
        }
    }
}
