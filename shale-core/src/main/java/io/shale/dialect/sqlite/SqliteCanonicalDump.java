package io.shale.dialect.sqlite;

import io.shale.dialect.CanonicalDump;
import io.shale.dialect.sqlite.SqliteInspectLexer.Token;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * SQLite's own record of every object, {@code sqlite_master}. Index, view and trigger statements are
 * compared token by token (case, quoting and spacing of identifiers do not count); a table, whose
 * statement may state one thing in several ways, is compared by what SQLite makes of it: its
 * pragmas ({@code table_xinfo}, {@code foreign_key_list}, {@code index_list}) plus the CHECK clauses,
 * {@code AUTOINCREMENT}, {@code WITHOUT ROWID} and {@code STRICT} of its statement.
 */
final class SqliteCanonicalDump implements CanonicalDump {

    @Override
    public SortedMap<String, String> dump(Connection c, Predicate<String> skipTable) throws SQLException {
        SortedMap<String, String> out = new TreeMap<>();
        List<String[]> objects = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT type, name, tbl_name, sql"
                + " FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                objects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        for (String[] o : objects) {
            if (skipTable.test(o[2])) {
                continue;
            }
            String key = o[0] + " " + o[1].toLowerCase(Locale.ROOT);
            if (o[0].equals("table")) {
                out.put(key, table(c, o[1], o[3]));
            } else if (o[3] != null) {
                out.put(key, normalise(o[3]));
            }
        }
        return out;
    }

    private static String table(Connection c, String name, String sql) throws SQLException {
        StringBuilder def = new StringBuilder();
        String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
        pragma(c, "table_xinfo(" + quoted + ")", "cid", def);
        pragma(c, "foreign_key_list(" + quoted + ")", "id", def);
        List<String> autoIndexes = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA index_list(" + quoted + ")")) {
            while (rs.next()) {
                if (!"c".equals(rs.getString("origin"))) {
                    autoIndexes.add((rs.getInt("unique") == 1 ? "unique " : "") + rs.getString("origin") + " "
                            + rs.getString("name"));
                }
            }
        }
        for (String index : autoIndexes) {
            String indexName = index.substring(index.lastIndexOf(' ') + 1);
            StringBuilder columns = new StringBuilder();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA index_info(\""
                    + indexName.replace("\"", "\"\"") + "\")")) {
                while (rs.next()) {
                    columns.append(columns.length() == 0 ? "" : ", ").append(rs.getString("name"));
                }
            }
            def.append("\nkey ").append(index, 0, index.lastIndexOf(' ')).append(" (").append(columns).append(')');
        }
        String normalised = normalise(sql == null ? "" : sql);
        SqliteDdlReader.readTable(sql == null ? "" : sql).checks().forEach(check -> def.append("\ncheck ")
                .append(check.name() == null ? "" : check.name().toLowerCase(Locale.ROOT) + " ")
                .append(normalise(check.expression())));
        for (String flag : List.of("autoincrement", ") without rowid", ") strict")) {
            if (normalised.contains(flag)) {
                def.append('\n').append(flag.replace(") ", ""));
            }
        }
        return def.toString().strip();
    }

    /** Every row of a pragma but its {@code order} column, one line per row. */
    private static void pragma(Connection c, String pragma, String order, StringBuilder def) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                def.append('\n').append(pragma, 0, pragma.indexOf('(')).append(':');
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (!md.getColumnLabel(i).equals(order)) {
                        String value = rs.getString(i);
                        def.append(' ').append(md.getColumnLabel(i)).append('=')
                                .append(value == null ? "null" : md.getColumnLabel(i).equals("dflt_value")
                                        ? normalise(value) : value);
                    }
                }
            }
        }
    }

    /** The statement's tokens, one space apart; words and identifiers in lower case, literals as written. */
    static String normalise(String sql) {
        StringBuilder out = new StringBuilder();
        for (Token t : SqliteInspectLexer.tokens(sql)) {
            String text = switch (t.kind()) {
                case STRING -> t.text();
                case QUOTED -> t.identifier().toLowerCase(Locale.ROOT);
                default -> t.text().toLowerCase(Locale.ROOT);
            };
            out.append(out.length() == 0 ? "" : " ").append(text);
        }
        return out.toString();
    }
}
