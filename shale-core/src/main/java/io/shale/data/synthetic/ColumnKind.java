package io.shale.data.synthetic;

import io.shale.schema.Catalog;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ColumnType;
import io.shale.schema.EnumType;
import io.shale.schema.Table;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the generator knows of one column's values: its family and bounds.
 *
 * @param length    the longest allowed text or binary value, null when unbounded
 * @param max       the largest integer, or the largest integer part of a decimal, as digits
 * @param scale     decimal places of a decimal, 0 otherwise
 * @param unsigned  MySQL {@code unsigned}: no negative values
 * @param values    the allowed values of an enum, or the string literals named by check constraints on the column
 */
public record ColumnKind(Family family, Integer length, BigInteger max, int scale, boolean unsigned,
                         List<String> values) {
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");
    private static final Set<String> STRINGS = Set.of("character varying", "varchar", "character", "char", "nchar",
            "nvarchar", "varchar2", "text", "tinytext", "mediumtext", "longtext", "clob", "character large object",
            "citext", "string", "bpchar", "name", "national character varying", "national character");
    private static final Set<String> DECIMALS = Set.of("numeric", "decimal", "dec", "number", "decfloat", "money");
    private static final Set<String> FLOATS = Set.of("real", "float", "float4", "float8", "double",
            "double precision", "binary_float", "binary_double");
    private static final Set<String> BINARIES = Set.of("bytea", "blob", "tinyblob", "mediumblob", "longblob",
            "binary", "varbinary", "binary varying", "binary large object");

    public ColumnKind {
        values = List.copyOf(values);
    }

    /** Classifies {@code column} of {@code table}; {@code catalog} supplies PostgreSQL enum types. */
    public static ColumnKind of(Column column, Table table, Catalog catalog) {
        ColumnType type = column.type();
        String name = type.name().toLowerCase(Locale.ROOT).strip();
        String display = type.display() == null ? name : type.display().toLowerCase(Locale.ROOT);
        boolean unsigned = display.contains("unsigned");
        List<String> checked = checkLiterals(column.name(), table.checks());
        if (type.array() > 0 || name.endsWith("[]") || name.endsWith(" array")) {
            return new ColumnKind(Family.ARRAY, null, null, 0, false, List.of());
        }
        List<String> enumValues = enumValues(name, type.display(), catalog);
        if (enumValues != null) {
            return new ColumnKind(Family.ENUM, null, null, 0, false, enumValues);
        }
        if (name.equals("json") || name.equals("jsonb") || jsonChecked(column.name(), table.checks())) {
            return new ColumnKind(Family.JSON, null, null, 0, false, List.of());
        }
        if (isInteger(name)) {
            return new ColumnKind(Family.INTEGER, null, integerMax(name, unsigned), 0, unsigned, checked);
        }
        if (DECIMALS.contains(name)) {
            Integer p = type.precision();
            int scale = type.scale() == null ? (p == null ? 2 : 0) : type.scale();
            int digits = p == null ? 9 : Math.max(0, p - scale);
            return new ColumnKind(Family.DECIMAL, null, BigInteger.TEN.pow(Math.min(digits, 18)).subtract(BigInteger.ONE),
                    Math.min(scale, 6), unsigned, checked);
        }
        if (FLOATS.contains(name)) {
            return new ColumnKind(Family.FLOAT, null, null, 0, unsigned, checked);
        }
        if (name.equals("boolean") || name.equals("bool")) {
            return new ColumnKind(Family.BOOLEAN, null, null, 0, false, List.of());
        }
        if (STRINGS.contains(name)) {
            Integer length = type.length();
            if (length == null && name.equals("tinytext")) {
                length = 255;
            } else if (length == null && Set.of("char", "character", "bpchar").contains(name) && !display.contains("(")) {
                length = 1;
            }
            return new ColumnKind(Family.STRING, length, null, 0, false, checked);
        }
        if (BINARIES.contains(name)) {
            return new ColumnKind(Family.BINARY, type.length(), null, 0, false, List.of());
        }
        if (name.equals("date")) {
            return new ColumnKind(Family.DATE, null, null, 0, false, List.of());
        }
        if (name.startsWith("timestamp") || name.startsWith("datetime") || name.equals("smalldatetime")) {
            return new ColumnKind(Family.TIMESTAMP, null, null, 0, false, List.of());
        }
        if (name.startsWith("time")) {
            return new ColumnKind(Family.TIME, null, null, 0, false, List.of());
        }
        if (name.equals("year")) {
            return new ColumnKind(Family.YEAR, null, null, 0, false, List.of());
        }
        if (name.equals("uuid")) {
            return new ColumnKind(Family.UUID, null, null, 0, false, List.of());
        }
        if (name.equals("inet") || name.equals("cidr")) {
            return new ColumnKind(Family.INET, null, null, 0, false, List.of());
        }
        return new ColumnKind(Family.OTHER, null, null, 0, false, List.of());
    }

    private static boolean isInteger(String name) {
        return Set.of("smallint", "int2", "integer", "int", "int4", "bigint", "int8", "tinyint", "mediumint",
                "serial", "bigserial", "smallserial", "serial4", "serial8").contains(name);
    }

    private static BigInteger integerMax(String name, boolean unsigned) {
        long max = switch (name) {
            case "tinyint" -> unsigned ? 255 : 127;
            case "smallint", "int2", "smallserial" -> unsigned ? 65535 : 32767;
            case "mediumint" -> unsigned ? 16777215 : 8388607;
            case "bigint", "int8", "bigserial", "serial8" -> Long.MAX_VALUE;
            default -> unsigned ? 4294967295L : Integer.MAX_VALUE;
        };
        return BigInteger.valueOf(max);
    }

    /** PostgreSQL enum types by (qualified) name, MySQL {@code enum('a','b')} from the display; null otherwise. */
    private static List<String> enumValues(String name, String display, Catalog catalog) {
        if (name.equals("enum") && display != null) {
            return quoted(display);
        }
        for (var schema : catalog.schemas()) {
            for (EnumType e : schema.enums()) {
                String bare = name.startsWith("\"") ? name.replace("\"", "") : name;
                if (bare.equalsIgnoreCase(e.name()) || bare.equalsIgnoreCase(e.schema() + "." + e.name())) {
                    return e.values();
                }
            }
        }
        return null;
    }

    private static List<String> checkLiterals(String column, List<CheckConstraint> checks) {
        List<String> out = new ArrayList<>();
        for (CheckConstraint c : checks) {
            if (mentions(c.expression(), column)) {
                out.addAll(quoted(c.expression()));
            }
        }
        return out.stream().distinct().toList();
    }

    private static boolean jsonChecked(String column, List<CheckConstraint> checks) {
        return checks.stream().anyMatch(c -> c.expression().toLowerCase(Locale.ROOT).contains("json_valid(")
                && mentions(c.expression(), column));
    }

    private static boolean mentions(String expression, String column) {
        return Pattern.compile("(?i)(^|[^a-z0-9_])" + Pattern.quote(column) + "($|[^a-z0-9_])").matcher(expression).find();
    }

    private static List<String> quoted(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            out.add(m.group(1).replace("''", "'"));
        }
        return out;
    }
}
