package io.shale.data.synthetic;

import java.util.List;
import java.util.Map;

/**
 * What one fill did.
 *
 * @param inserted rows inserted, by table, in fill order
 * @param notes    generator problems, one line each: rows the database rejected after every retry,
 *                 tables that could not be filled. They are the generator's, never a migration's, failures.
 */
public record FillReport(Map<String, Integer> inserted, List<String> notes) {
    public FillReport {
        inserted = Map.copyOf(inserted);
        notes = List.copyOf(notes);
    }
}
