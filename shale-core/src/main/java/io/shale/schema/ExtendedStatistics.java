package io.shale.schema;

import java.util.List;

/**
 * A PostgreSQL extended statistics object of a managed schema ({@code CREATE STATISTICS}), on one table.
 *
 * @param tableSchema the schema of the table it is on (usually its own)
 * @param kinds       {@code ndistinct}, {@code dependencies}, {@code mcv} in that order; empty for the
 *                    default (every kind the definition allows)
 * @param on          its columns and expressions as PostgreSQL prints them ({@code a, b, (lower(c))})
 * @param target      its {@code SET STATISTICS} target; null for the default (-1)
 * @param comment     null when none
 */
public record ExtendedStatistics(String schema, String name, String tableSchema, String table, List<String> kinds,
                                 String on, Integer target, String comment) {
    public ExtendedStatistics {
        kinds = List.copyOf(kinds);
    }

    /** The same statistics object with another target and comment. */
    public boolean sameDefinition(ExtendedStatistics other) {
        return equals(new ExtendedStatistics(other.schema, other.name, other.tableSchema, other.table, other.kinds,
                other.on, target, comment));
    }
}
