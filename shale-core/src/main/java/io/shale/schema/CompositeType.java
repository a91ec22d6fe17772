package io.shale.schema;

import java.util.List;

/**
 * A PostgreSQL composite type of a managed schema ({@code CREATE TYPE name AS (...)}); not the row
 * type every table has. Columns that use it name it as they name enums ({@code schema.name}).
 *
 * @param attributes its attributes, in order
 * @param comment    null when none
 */
public record CompositeType(String schema, String name, List<Attribute> attributes, String comment) {
    public CompositeType {
        attributes = List.copyOf(attributes);
    }

    /**
     * One attribute.
     *
     * @param type      a built-in type as {@code format_type} prints it ({@code numeric(10,2)}); any other
     *                  quoted as needed and qualified ({@code public.money_pair}), with {@code []} for arrays
     * @param collation a collation other than the type's default, spelled as a column's is; null otherwise
     */
    public record Attribute(String name, String type, String collation) {
    }
}
