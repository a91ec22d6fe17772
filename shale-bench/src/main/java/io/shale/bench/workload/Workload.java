package io.shale.bench.workload;

import java.util.List;

/**
 * A named list of migrations that every tool applies in the same order.
 *
 * @param name    how the report names it ({@code generated-1000}, {@code langfuse})
 * @param scripts the migrations, versions 1..n in order
 */
public record Workload(String name, List<Script> scripts) {
    public Workload {
        scripts = List.copyOf(scripts);
    }

    public int size() {
        return scripts.size();
    }
}
