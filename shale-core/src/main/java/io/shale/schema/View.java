package io.shale.schema;

import java.util.List;

/**
 * A view or materialized view.
 *
 * @param definition the query as the database normalised and prints it
 * @param dependsOn  qualified names of the tables and views it reads, sorted
 */
public record View(String schema, String name, String definition, boolean materialized, List<String> dependsOn,
                   String comment) {
    public View {
        dependsOn = List.copyOf(dependsOn);
    }
}
