package io.shale.fleet;

import java.util.List;

/**
 * One fleet command's results, one per chosen target in the order chosen.
 *
 * @param results   per target
 * @param stoppedBy why targets were skipped: {@code fail-fast}, {@code canary}, or null when none was
 * @param <T>       the command's result type
 */
public record FleetResult<T>(List<TargetResult<T>> results, String stoppedBy) {
    public FleetResult {
        results = List.copyOf(results);
    }

    public long count(TargetResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** True when no target failed and none was skipped. */
    public boolean ok() {
        return count(TargetResult.Status.DONE) == results.size();
    }
}
