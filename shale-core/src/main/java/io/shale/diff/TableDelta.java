package io.shale.diff;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What comparing one kept table found, for the differs that look across tables (foreign keys,
 * views). Column names are the current catalog's.
 *
 * @param columnRenames  hinted renames, old name to new
 * @param changedColumns columns dropped or changing type: foreign keys over them are dropped and re-added
 * @param reshaped       whether any column is renamed, altered or dropped, or the table renamed:
 *                       views reading the table are dropped and recreated
 * @param droppedKeys    column sets of dropped primary keys, unique constraints and unique indexes:
 *                       foreign keys referencing them are dropped first and re-added
 */
record TableDelta(Map<String, String> columnRenames, Set<String> changedColumns, boolean reshaped,
                  List<Set<String>> droppedKeys) {
    TableDelta {
        columnRenames = Map.copyOf(columnRenames);
        changedColumns = Set.copyOf(changedColumns);
        droppedKeys = List.copyOf(droppedKeys);
    }

    String newName(String column) {
        return columnRenames.getOrDefault(column, column);
    }
}
