package io.shale.dialect.h2;

import io.shale.schema.ColumnType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns H2's description of a data type into a {@link ColumnType}. {@code name} is H2's canonical
 * data type in lower case ({@code character varying}, {@code integer}, {@code numeric},
 * {@code timestamp with time zone}, {@code enum}; a domain's {@code SCHEMA.NAME} as stored); an
 * array has its element's name and {@code array} 1. {@code display} is the type in H2's own upper
 * case spelling, usable in H2 DDL ({@code CHARACTER VARYING(20)}, {@code NUMERIC(10, 2)},
 * {@code TIMESTAMP(3) WITH TIME ZONE}, {@code ENUM('a', 'b')}, {@code INTEGER ARRAY[3]}). A length
 * at H2's maximum (an undeclared one) is null; a time precision is always given, but displayed only
 * where it differs from the default (0 for times, 6 for timestamps).
 */
final class H2InspectTypes {

    /** One data type as COLUMNS or ELEMENT_TYPES describe it. */
    record TypeInfo(String dataType, Long maxLength, Integer precision, Integer scale, Integer datetimePrecision,
                    String intervalType) {
    }

    private static final long UNDECLARED_LENGTH = 1_000_000_000L;
    private static final int DEFAULT_CARDINALITY = 65_536;

    private H2InspectTypes() {
    }

    static ColumnType columnType(TypeInfo type, TypeInfo element, Integer cardinality, String domainSchema,
                                 String domainName, List<String> enumValues) {
        if (domainName != null) {
            return new ColumnType(domainSchema + "." + domainName, null, null, null, 0,
                    H2InspectQuery.quote(domainSchema) + "." + H2InspectQuery.quote(domainName));
        }
        if ("ARRAY".equals(type.dataType()) && element != null) {
            ColumnType base = columnType(element, null, null, null, null, List.of());
            String bound = cardinality == null || cardinality == DEFAULT_CARDINALITY ? "" : "[" + cardinality + "]";
            return new ColumnType(base.name(), base.length(), base.precision(), base.scale(), base.array() + 1,
                    base.display() + " ARRAY" + bound);
        }
        if ("ENUM".equals(type.dataType())) {
            return new ColumnType("enum", null, null, null, 0, enumValues.stream()
                    .map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ", "ENUM(", ")")));
        }
        return simple(type);
    }

    private static ColumnType simple(TypeInfo type) {
        String dt = type.dataType();
        String name = dt.toLowerCase(Locale.ROOT);
        switch (dt) {
            case "CHARACTER", "CHARACTER VARYING", "VARCHAR_IGNORECASE", "BINARY", "BINARY VARYING",
                    "CHARACTER LARGE OBJECT", "BINARY LARGE OBJECT", "JSON" -> {
                Long max = type.maxLength();
                Integer length = max == null || max > Integer.MAX_VALUE
                        || max == UNDECLARED_LENGTH && !dt.equals("CHARACTER") && !dt.equals("BINARY")
                        ? null : max.intValue();
                return new ColumnType(name, length, null, null, 0, length == null ? dt : dt + "(" + length + ")");
            }
            case "NUMERIC", "DECFLOAT" -> {
                Integer p = type.precision();
                Integer s = p == null ? null : type.scale();
                String display = p == null ? dt : s == null ? dt + "(" + p + ")" : dt + "(" + p + ", " + s + ")";
                return new ColumnType(name, null, p, s, 0, display);
            }
            case "TIME", "TIMESTAMP", "TIME WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE" -> {
                Integer p = type.datetimePrecision();
                int standard = dt.startsWith("TIMESTAMP") ? 6 : 0;
                String display = dt;
                if (p != null && p != standard) {
                    int space = dt.indexOf(' ');
                    display = space < 0 ? dt + "(" + p + ")" : dt.substring(0, space) + "(" + p + ")" + dt.substring(space);
                }
                return new ColumnType(name, null, p, null, 0, display);
            }
            case "INTERVAL" -> {
                String qualifier = type.intervalType() == null ? "" : " " + type.intervalType();
                return new ColumnType((dt + qualifier).toLowerCase(Locale.ROOT), null, null, null, 0, dt + qualifier);
            }
            default -> {
                return new ColumnType(name, null, null, null, 0, dt);
            }
        }
    }
}
