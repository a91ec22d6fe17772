package io.shale.schema;

import java.util.List;

/**
 * A PostgreSQL domain: a base type with a default, {@code NOT NULL} and checks of its own, used as a
 * column type under its qualified name.
 *
 * @param baseType          the base type as {@code CREATE DOMAIN ... AS} takes it ({@code text},
 *                          {@code numeric(10,2)}, {@code public.mood})
 * @param collation         a collation other than the base type's, as a column would name it; null otherwise
 * @param defaultExpression the default as the database prints it, null when none
 * @param checks            the domain's check constraints, by name; expressions read {@code VALUE}
 * @param comment           null when none
 */
public record Domain(String schema, String name, String baseType, String collation, String defaultExpression,
                     boolean notNull, List<CheckConstraint> checks, String comment) {
    public Domain {
        checks = List.copyOf(checks);
    }
}
