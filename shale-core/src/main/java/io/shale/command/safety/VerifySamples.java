package io.shale.command.safety;

import io.shale.run.StatementRunner;

import io.shale.dialect.DataOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the table a failing statement names and reads what it held, for the verify report. */
final class VerifySamples {
    private static final String NAME = "((?:[`\"\\[]?[\\w$]+[`\"\\]]?\\.)?[`\"\\[]?[\\w$]+[`\"\\]]?)";
    private static final List<Pattern> TABLE = List.of(
            Pattern.compile("(?is)^\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?" + NAME),
            Pattern.compile("(?is)^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b.*?\\sON\\s+(?:ONLY\\s+)?" + NAME),
            Pattern.compile("(?is)^\\s*(?:UPDATE|INSERT\\s+INTO|DELETE\\s+FROM|TRUNCATE(?:\\s+TABLE)?)\\s+(?:ONLY\\s+)?" + NAME));
    private static final int SAMPLES = 3;
    private static final int SHOWN_CHARS = 24;

    private VerifySamples() {
    }

    /** The failing statement's text, as {@code StatementRunner} appends it to its message (indented, after the first line). */
    static String statementOf(String message) {
        int nl = message == null ? -1 : message.indexOf('\n');
        return nl < 0 ? "" : message.substring(nl + 1).replace("\n    ", "\n").strip();
    }

    /** The table a statement works on, unquoted and without its schema; empty when not recognised. */
    static Optional<String> tableOf(String statement) {
        for (Pattern p : TABLE) {
            Matcher m = p.matcher(statement);
            if (m.find()) {
                String name = m.group(1);
                int dot = name.lastIndexOf('.');
                return Optional.of(name.substring(dot + 1).replaceAll("[`\"\\[\\]]", ""));
            }
        }
        return Optional.empty();
    }

    static long count(Connection c, DataOperations ops, String table) {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + ops.quote(table))) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Up to three rows as {@code col=value, ...}; empty when the table cannot be read (e.g. it does not exist). */
    static List<String> rows(Connection c, DataOperations ops, String table) {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.setMaxRows(SAMPLES);
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + ops.quote(table))) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next() && out.size() < SAMPLES) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.append(i == 1 ? "" : ", ").append(md.getColumnLabel(i)).append('=')
                                .append(shown(rs.getString(i)));
                    }
                    out.add(row.toString());
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return out;
    }

    private static String shown(String value) {
        if (value == null) {
            return "NULL";
        }
        return value.length() > SHOWN_CHARS
                ? "'" + value.substring(0, SHOWN_CHARS / 2) + "...' (" + value.length() + " chars)" : "'" + value + "'";
    }
}
