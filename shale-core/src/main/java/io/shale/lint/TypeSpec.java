package io.shale.lint;

import io.shale.schema.ColumnType;
import java.util.Locale;
import java.util.Map;

/**
 * A column type reduced to what lint compares: a family and its size.
 *
 * @param family {@code int}, {@code varchar} (text is an unbounded varchar), {@code char}, {@code numeric},
 *               {@code float}, or the type's own name
 * @param size   byte width of integers and floats, length of strings, precision of numerics; null when unbounded
 * @param scale  numeric scale, null otherwise
 * @param display as written, for messages
 */
record TypeSpec(String family, Integer size, Integer scale, String display) {
    private static final Map<String, Integer> INTEGERS = Map.ofEntries(Map.entry("tinyint", 1),
            Map.entry("smallint", 2), Map.entry("int2", 2), Map.entry("mediumint", 3), Map.entry("int", 4),
            Map.entry("integer", 4), Map.entry("int4", 4), Map.entry("bigint", 8), Map.entry("int8", 8));
    private static final Map<String, Integer> FLOATS = Map.of("real", 4, "float4", 4, "float", 8, "float8", 8,
            "double precision", 8, "double", 8);

    private static final Map<String, String> ALIASES = Map.of("timestamp without time zone", "timestamp",
            "time without time zone", "time", "timestamptz", "timestamp with time zone", "timetz",
            "time with time zone", "bool", "boolean", "varbit", "bit varying");

    static TypeSpec of(String base, Integer first, Integer second) {
        String b = normalise(base);
        String display = base + (first == null ? "" : "(" + first + (second == null ? "" : "," + second) + ")");
        if (INTEGERS.containsKey(b)) {
            return new TypeSpec("int", INTEGERS.get(b), null, display);
        }
        if (FLOATS.containsKey(b)) {
            return new TypeSpec("float", FLOATS.get(b), null, display);
        }
        switch (b) {
            case "varchar", "character varying", "nvarchar", "varchar2", "varying", "char varying",
                    "nchar varying", "nvarchar2" -> {
                return new TypeSpec("varchar", first, null, display);
            }
            case "text", "clob", "longtext", "character large object" -> {
                return new TypeSpec("varchar", null, null, display);
            }
            case "char", "character", "bpchar", "nchar" -> {
                return new TypeSpec("char", first == null ? 1 : first, null, display);
            }
            case "numeric", "decimal", "dec" -> {
                return new TypeSpec("numeric", first, first == null ? null : second == null ? 0 : second, display);
            }
            default -> {
                return new TypeSpec(b, first, second, display);
            }
        }
    }

    /**
     * The base name in one spelling per type: lower case, single spaces, without MySQL's
     * {@code unsigned}/{@code signed}/{@code zerofill} (they keep the byte width) and the SQL
     * standard's {@code national} prefix.
     */
    private static String normalise(String base) {
        String b = base.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        b = b.replaceAll("\\s+(unsigned|signed|zerofill)\\b", "");
        if (b.startsWith("national ")) {
            b = b.substring("national ".length());
        }
        return ALIASES.getOrDefault(b, b);
    }

    /** The type of a column as the inspector read it. */
    static TypeSpec of(ColumnType type) {
        Integer size = type.length() != null ? type.length() : type.precision();
        return of(type.name(), size, type.length() != null ? null : type.scale());
    }

    /** Whether every value of {@code this} still fits in {@code to}: false for narrowing within a family. */
    boolean narrowedBy(TypeSpec to) {
        if (!family.equals(to.family)) {
            return false;
        }
        if (to.size == null) {
            return false;
        }
        if (size == null || to.size < size) {
            return true;
        }
        return scale != null && to.scale != null && to.scale < scale;
    }

    /**
     * Whether PostgreSQL can change {@code this} to {@code to} without rewriting the table: a longer or
     * unbounded varchar, text, or a wider numeric of the same scale.
     */
    boolean changesWithoutRewrite(TypeSpec to) {
        if (family.equals("varchar") && to.family.equals("varchar")) {
            return to.size == null || (size != null && to.size >= size);
        }
        if (family.equals("numeric") && to.family.equals("numeric")) {
            return to.size == null || (size != null && to.size >= size && java.util.Objects.equals(scale, to.scale));
        }
        return equals(to) || (family.equals(to.family) && java.util.Objects.equals(size, to.size)
                && java.util.Objects.equals(scale, to.scale));
    }
}
