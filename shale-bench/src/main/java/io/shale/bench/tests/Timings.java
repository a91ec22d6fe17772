package io.shale.bench.tests;

import java.util.ArrayList;
import java.util.List;

/** The "obtain" times of one contender, in milliseconds, in the order they were taken. */
final class Timings {
    private final List<Double> millis = new ArrayList<>();

    void add(double ms) {
        millis.add(ms);
    }

    int count() {
        return millis.size();
    }

    double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The nearest-rank 90th percentile: the smallest time at least 90 % of the samples do not exceed. */
    double p90() {
        List<Double> sorted = sorted();
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
    }

    /** The amortized cost per test: what a suite of these tests pays in total, divided by their number. */
    double mean() {
        return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** How many samples took longer than {@code limit} milliseconds. */
    long over(double limit) {
        return millis.stream().filter(v -> v > limit).count();
    }

    double max() {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private List<Double> sorted() {
        return millis.stream().sorted().toList();
    }
}
