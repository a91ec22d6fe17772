package io.shale.schema;

import java.util.List;

/**
 * A view or materialized view.
 *
 * @param definition the query as the database normalised and prints it
 * @param dependsOn  qualified names of the tables and views it reads, sorted
 * @param indexes    the indexes of a materialized view (PostgreSQL), by name; empty otherwise
 */
public record View(String schema, String name, String definition, boolean materialized, List<String> dependsOn,
                   String comment, List<Index> indexes) {
    public View {
        dependsOn = List.copyOf(dependsOn);
        indexes = List.copyOf(indexes);
    }

    /** A view without indexes. */
    public View(String schema, String name, String definition, boolean materialized, List<String> dependsOn,
                String comment) {
        this(schema, name, definition, materialized, dependsOn, comment, List.of());
    }
}
