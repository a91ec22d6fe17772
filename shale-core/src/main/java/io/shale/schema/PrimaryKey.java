package io.shale.schema;

import java.util.List;

/** A primary key constraint; {@code name} may be null where the engine does not name it (SQLite). */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
