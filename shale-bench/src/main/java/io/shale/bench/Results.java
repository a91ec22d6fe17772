package io.shale.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Every timing of a run, in milliseconds, keyed by workload, measure and tool; insertion-ordered. */
final class Results {
    record Key(String workload, Measure measure, String tool) {
    }

    private final Map<Key, List<Double>> timings = new LinkedHashMap<>();
    private final Map<String, Integer> sizes = new LinkedHashMap<>();

    void workload(String name, int size) {
        sizes.put(name, size);
    }

    void add(String workload, Measure measure, String tool, double millis) {
        timings.computeIfAbsent(new Key(workload, measure, tool), k -> new ArrayList<>()).add(millis);
    }

    Map<String, Integer> workloads() {
        return sizes;
    }

    boolean has(String workload, Measure measure) {
        return timings.keySet().stream().anyMatch(k -> k.workload().equals(workload) && k.measure() == measure);
    }

    /** The median of the timings, or empty when the pair was not measured. */
    OptionalDouble median(String workload, Measure measure, String tool) {
        List<Double> values = timings.get(new Key(workload, measure, tool));
        if (values == null || values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    int count(String workload, Measure measure, String tool) {
        List<Double> values = timings.get(new Key(workload, measure, tool));
        return values == null ? 0 : values.size();
    }
}
