package io.shale.data.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of one table, each value already an SQL literal of the engine.
 *
 * @param primaryKey the primary key columns, empty when the table has none
 * @param rows       in primary key order, or sorted by their literals when there is no key
 */
public record TableSnapshot(String table, List<String> columns, List<String> primaryKey, List<List<String>> rows) {
    public TableSnapshot {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            copy.add(List.copyOf(row));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The rows as a sorted list of lines, for comparing two snapshots whatever order they were read in. */
    public List<String> sortedLines() {
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            out.add(String.join(", ", row));
        }
        Collections.sort(out);
        return out;
    }
}
