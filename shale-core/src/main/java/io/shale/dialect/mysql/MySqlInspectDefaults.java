package io.shale.dialect.mysql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts column defaults into one canonical form, so MySQL's and MariaDB's spellings compare equal:
 * <ul>
 *   <li>no default, and {@code DEFAULT NULL}: {@code null};</li>
 *   <li>string, date and time literals: single-quoted with quotes doubled ({@code 'abc'},
 *       {@code '2024-01-01 00:00:00'}), as MariaDB 10.2.7+ prints them; MySQL prints them bare;</li>
 *   <li>numeric literals bare ({@code 0}, {@code 1.50}); bit literals {@code b'101'};</li>
 *   <li>expressions as the server prints them, except that the current timestamp is always
 *       {@code current_timestamp()} (or {@code current_timestamp(n)}), MariaDB's spelling.</li>
 * </ul>
 */
final class MySqlInspectDefaults {
    private static final Set<String> NUMERIC = Set.of("tinyint", "smallint", "mediumint", "int", "integer",
            "bigint", "decimal", "numeric", "float", "double", "real", "year");
    private static final Pattern NOW = Pattern.compile(
            "(?i)(current_timestamp|now|localtimestamp|localtime)(\\((\\d*)\\))?");

    private MySqlInspectDefaults() {
    }

    /**
     * @param raw      {@code COLUMNS.COLUMN_DEFAULT}
     * @param dataType {@code COLUMNS.DATA_TYPE}
     * @param extra    {@code COLUMNS.EXTRA}
     * @param mariaDb  whether the server quotes literals itself
     */
    static String canonical(String raw, String dataType, String extra, boolean mariaDb) {
        if (raw == null || (mariaDb && raw.equalsIgnoreCase("NULL"))) {
            return null;
        }
        boolean expression = mariaDb ? !raw.startsWith("'") && !isNumber(raw) && !raw.startsWith("b'")
                : (extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED"))
                        || NOW.matcher(raw).matches();
        if (expression) {
            Matcher now = NOW.matcher(raw);
            if (now.matches()) {
                String precision = now.group(3);
                return "current_timestamp(" + (precision == null ? "" : precision) + ")";
            }
            return raw;
        }
        if (mariaDb || raw.startsWith("b'") || (NUMERIC.contains(dataType.toLowerCase(Locale.ROOT)) && isNumber(raw))) {
            return raw;
        }
        return "'" + raw.replace("'", "''") + "'";
    }

    private static boolean isNumber(String value) {
        return value.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    }
}
