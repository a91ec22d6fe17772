package io.shale.schema.change;

import java.util.List;

/**
 * The differ's answer: the changes in an order that respects dependencies, and every warning a
 * person must read (possible renames, recreated enums, objects that could not be compared).
 */
public record Plan(List<Change> changes, List<String> warnings) {
    public Plan {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
