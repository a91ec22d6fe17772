package io.shale.dialect.sqlite;

import io.shale.schema.ColumnType;
import java.util.Locale;

/**
 * Turns a declared SQLite column type into a {@link ColumnType}. SQLite keeps the declared type as
 * text: {@code name} is that text before any {@code (}, lower-cased with runs of blank space made
 * one ({@code varchar}, {@code unsigned big int}, empty for a column declared without a type);
 * {@code display} is the type as {@code pragma_table_xinfo} prints it. One argument is a length
 * for character and binary types and a precision otherwise; two are precision and scale.
 */
final class SqliteInspectTypes {

    private SqliteInspectTypes() {
    }

    static ColumnType parse(String declared) {
        String display = declared == null ? "" : declared.strip();
        int open = display.indexOf('(');
        String base = (open < 0 ? display : display.substring(0, open)).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Integer first = null;
        Integer second = null;
        if (open >= 0) {
            int close = display.indexOf(')', open);
            String[] args = display.substring(open + 1, close < 0 ? display.length() : close).split(",");
            first = number(args[0]);
            second = args.length > 1 ? number(args[1]) : null;
        }
        boolean sized = base.contains("char") || base.contains("text") || base.contains("clob")
                || base.contains("binary") || base.contains("blob");
        if (sized && second == null) {
            return new ColumnType(base, first, null, null, 0, display);
        }
        return new ColumnType(base, null, first, second, 0, display);
    }

    private static Integer number(String text) {
        String s = text.strip();
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
