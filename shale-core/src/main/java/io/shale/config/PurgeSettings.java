package io.shale.config;

import java.util.List;
import java.util.Objects;

/**
 * One rule under {@code purge:}.
 *
 * @param table  the table whose matching rows are deleted
 * @param where  the SQL condition; {@code :name} placeholders are parameters
 * @param params the parameters the rule declares ({@code params:}, default none)
 */
public record PurgeSettings(String table, String where, List<String> params) {
    public PurgeSettings {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(where, "where");
        params = List.copyOf(params);
    }
}
