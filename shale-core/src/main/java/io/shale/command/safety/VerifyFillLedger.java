package io.shale.command.safety;

import io.shale.data.synthetic.FillReport;
import java.util.HashMap;
import java.util.Map;

/** How many generated rows each table received over a verify run, for the failure report. */
final class VerifyFillLedger {
    private final Map<String, Integer> generated = new HashMap<>();

    void add(FillReport report) {
        report.inserted().forEach((table, rows) -> generated.merge(table.toLowerCase(), rows, Integer::sum));
    }

    int generated(String table) {
        return generated.getOrDefault(table.toLowerCase(), 0);
    }
}
