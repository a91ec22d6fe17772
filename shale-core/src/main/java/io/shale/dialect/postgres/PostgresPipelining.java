package io.shale.dialect.postgres;

import io.shale.dialect.Pipelining;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL pipelining through pgjdbc's batches: a batch is sent as one stream of extended-query
 * messages with a single Sync, and after an error the server skips everything up to that Sync.
 */
final class PostgresPipelining implements Pipelining {

    /** Statements that never return rows (DML only without RETURNING) and do not end a transaction. */
    private static final Set<String> NO_ROWS = Set.of("CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE", "DO",
            "TRUNCATE", "INSERT", "UPDATE", "DELETE", "SET", "RESET", "REFRESH", "REINDEX", "SECURITY");
    private static final Set<String> DML = Set.of("INSERT", "UPDATE", "DELETE");

    /**
     * pgjdbc only, in an extended query mode: in {@code simple} (and {@code extendedForPrepared},
     * which sends plain statements the simple way) each batch entry is a query of its own, and the
     * server would carry on after a failed migration with the next one.
     */
    @Override
    public boolean supports(Connection connection) {
        try {
            if (!"PostgreSQL JDBC Driver".equals(connection.getMetaData().getDriverName())) {
                return false;
            }
            Class<?> pg = Class.forName("org.postgresql.PGConnection", false, connection.getClass().getClassLoader());
            Object unwrapped = connection.unwrap(pg);
            Object mode = pg.getMethod("getPreferQueryMode").invoke(unwrapped);
            String name = mode instanceof Enum<?> e ? e.name() : "";
            return name.equals("EXTENDED") || name.equals("EXTENDED_CACHE_EVERYTHING");
        } catch (ReflectiveOperationException | SQLException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public boolean batchable(String statement) {
        String keyword = firstKeyword(statement);
        if (!NO_ROWS.contains(keyword)) {
            return false;
        }
        if (DML.contains(keyword)) {
            return !statement.toUpperCase(Locale.ROOT).contains("RETURNING");
        }
        if (keyword.equals("SET")) {
            // SET TRANSACTION / SET SESSION CHARACTERISTICS must come first in a transaction: the ordinary path.
            String upper = statement.toUpperCase(Locale.ROOT);
            return !upper.contains("TRANSACTION") && !upper.contains("SESSION CHARACTERISTICS");
        }
        return true;
    }

    /** The first word of the statement after white space, comments and opening parentheses, upper-cased. */
    static String firstKeyword(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    return "";
                }
                i = end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(start, i).toUpperCase(Locale.ROOT);
    }

    /** An escape string, so backslashes mean the same whether standard_conforming_strings is on or off. */
    @Override
    public String stringLiteral(String value) {
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String elapsedMillisExpression() {
        return "CAST(EXTRACT(EPOCH FROM clock_timestamp() - transaction_timestamp()) * 1000 AS bigint)";
    }

    @Override
    public String nowExpression() {
        return "clock_timestamp()";
    }
}
