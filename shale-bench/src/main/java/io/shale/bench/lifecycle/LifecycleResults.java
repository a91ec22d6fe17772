package io.shale.bench.lifecycle;

import java.util.ArrayList;
import java.util.List;

/** What the {@code lifecycle} command measured: the comparisons, the parts of Shale's time, and notes. */
final class LifecycleResults {

    /**
     * Shale against the obvious alternative on one workload.
     *
     * @param target the speed-up the issue asks for (alternative / Shale), or 0 when it sets none
     */
    record Row(String operation, String workload, String shale, String alternative, Samples shaleMs,
               Samples alternativeMs, double target) {
        double speedUp() {
            return alternativeMs.median() / shaleMs.median();
        }
    }

    /** A part of one Shale operation, timed on its own (the statement alone, the same call with an option off). */
    record Part(String operation, String part, Samples ms) {
    }

    final List<Row> rows = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    void row(String operation, String workload, String shale, String alternative, Samples shaleMs, Samples altMs,
             double target) {
        rows.add(new Row(operation, workload, shale, alternative, shaleMs, altMs, target));
    }

    void part(String operation, String part, Samples ms) {
        parts.add(new Part(operation, part, ms));
    }

    void note(String note) {
        notes.add(note);
    }
}
