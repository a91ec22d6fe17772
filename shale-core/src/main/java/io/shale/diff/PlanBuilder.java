package io.shale.diff;

import io.shale.schema.change.Change;
import io.shale.schema.change.Plan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects changes into their {@link Phase} slots and warnings, then lays them out as one {@link Plan}. */
final class PlanBuilder {
    private final Map<Phase, List<Change>> slots = new EnumMap<>(Phase.class);
    private final Set<String> warnings = new LinkedHashSet<>();

    void add(Phase phase, Change change) {
        slots.computeIfAbsent(phase, p -> new ArrayList<>()).add(change);
    }

    /** Whether a change already added satisfies {@code test}. */
    boolean has(java.util.function.Predicate<Change> test) {
        return slots.values().stream().flatMap(List::stream).anyMatch(test);
    }

    /** The changes added so far, slot by slot. */
    List<Change> changes() {
        return slots.values().stream().flatMap(List::stream).toList();
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    Plan build() {
        List<Change> changes = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            changes.addAll(slots.getOrDefault(phase, List.of()));
        }
        return new Plan(changes, List.copyOf(warnings));
    }
}
