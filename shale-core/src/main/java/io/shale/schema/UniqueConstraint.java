package io.shale.schema;

import java.util.List;

/**
 * A unique constraint (as opposed to a unique index, see {@link Index}).
 *
 * @param deferrable        {@code DEFERRABLE} (PostgreSQL; false elsewhere)
 * @param initiallyDeferred {@code INITIALLY DEFERRED}
 * @param nullsNotDistinct  {@code NULLS NOT DISTINCT} (PostgreSQL 15 and later): two NULLs collide
 */
public record UniqueConstraint(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred,
                               boolean nullsNotDistinct) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    /** Neither deferrable nor deferred, NULLs distinct. */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, false, false, false);
    }

    /** The same constraint over other columns (after a rename). */
    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferrable, initiallyDeferred, nullsNotDistinct);
    }
}
