package io.shale.schema;

import java.util.List;

/** A unique constraint (as opposed to a unique index, see {@link Index}). */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
