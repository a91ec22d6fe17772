package io.shale.schema;

/**
 * A PostgreSQL range type of a managed schema ({@code CREATE TYPE name AS RANGE (...)}). Columns that
 * use it name it as they name enums ({@code schema.name}). Functions are named quoted as needed and
 * qualified ({@code public.time_diff}, {@code pg_catalog.float8mi}).
 *
 * @param subtype    a built-in type as {@code format_type} prints it; any other quoted as needed and qualified
 * @param opclass    the subtype's B-tree operator class when it is not the subtype's default; null otherwise
 * @param collation  a collation other than the subtype's default, spelled as a column's is; null otherwise
 * @param canonical  the canonical function; null when none
 * @param subtypeDiff the subtype difference function; null when none
 * @param multirange the multirange type's name when it is not the one PostgreSQL makes up; null otherwise
 * @param comment    null when none
 */
public record RangeType(String schema, String name, String subtype, String opclass, String collation,
                        String canonical, String subtypeDiff, String multirange, String comment) {

    /** The same range type but for the comment. */
    public boolean sameDefinition(RangeType other) {
        return equals(new RangeType(other.schema, other.name, other.subtype, other.opclass, other.collation,
                other.canonical, other.subtypeDiff, other.multirange, comment));
    }

    /**
     * The name PostgreSQL gives the multirange type of a range type called {@code range} when none is
     * named: {@code multi} before the first {@code range} in the name, else {@code _multirange} after it.
     */
    public static String defaultMultirange(String range) {
        int at = range.indexOf("range");
        return at < 0 ? range + "_multirange" : range.substring(0, at) + "multi" + range.substring(at);
    }
}
