package io.shale.bench;

import io.shale.bench.workload.Workload;
import java.util.Set;

/**
 * One workload and what to measure on it.
 *
 * @param warmup runs per tool before measuring (warm JVM) or, for new processes, to fill the page cache
 * @param runs   measured runs per tool; the report shows their median
 */
record Scenario(Workload workload, Set<Measure> measures, int warmup, int runs) {
}
