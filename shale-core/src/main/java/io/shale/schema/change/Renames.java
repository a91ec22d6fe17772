package io.shale.schema.change;

import java.util.Map;

/**
 * Rename hints: without one, a vanished name and a new name are a drop and an add (with a
 * warning); with one, they are a rename.
 *
 * @param tables  {@code schema.old} to {@code new}
 * @param columns {@code schema.table.old} to {@code new} ({@code table} is the table's name after any table rename)
 */
public record Renames(Map<String, String> tables, Map<String, String> columns) {
    public static final Renames NONE = new Renames(Map.of(), Map.of());

    public Renames {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }
}
