package io.shale.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The rows of one table, in primary key order, with their column names. */
public record TableRows(String table, List<String> columns, List<List<Object>> rows) {
    public TableRows {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
