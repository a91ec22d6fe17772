package io.shale.schema;

import java.util.List;

/**
 * A primary key constraint; {@code name} may be null where the engine does not name it (SQLite).
 *
 * @param deferrable        {@code DEFERRABLE} (PostgreSQL; false elsewhere)
 * @param initiallyDeferred {@code INITIALLY DEFERRED}
 */
public record PrimaryKey(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    /** Neither deferrable nor deferred. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, false, false);
    }
}
