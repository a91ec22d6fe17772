package io.shale.dialect.data;

import java.util.List;

/**
 * A base table as the data commands see it.
 *
 * @param name       the name as the catalog stores it (unquoted, its case kept)
 * @param primaryKey the primary key's columns in order; empty when the table has none
 */
public record DataTable(String name, List<String> primaryKey) {
    public DataTable {
        primaryKey = List.copyOf(primaryKey);
    }
}
