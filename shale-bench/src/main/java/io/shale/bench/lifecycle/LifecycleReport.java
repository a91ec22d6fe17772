package io.shale.bench.lifecycle;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Renders {@link LifecycleResults} as Markdown: the comparison, the parts of Shale's time, the targets. */
final class LifecycleReport {
    private final LifecycleResults results;

    LifecycleReport(LifecycleResults results) {
        this.results = results;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("| operation | workload | Shale | the alternative | Shale | alternative | alternative / Shale | runs |\n");
        out.append("|---|---|---|---|---:|---:|---:|---:|\n");
        for (LifecycleResults.Row r : results.rows) {
            out.append("| ").append(cell(r.operation())).append(" | ").append(cell(r.workload())).append(" | ")
                    .append(cell(r.shale())).append(" | ").append(cell(r.alternative())).append(" | ").append(ms(r.shaleMs().median())).append(" | ")
                    .append(ms(r.alternativeMs().median())).append(" | ").append(times(r.speedUp())).append(" | ")
                    .append(r.shaleMs().count()).append(" / ").append(r.alternativeMs().count()).append(" |\n");
        }
        out.append("\nTimes are medians in milliseconds; \"alternative / Shale\" is how many times faster Shale is; "
                + "\"runs\" counts the measured runs of each (Shale / alternative).\n\n");
        if (!results.parts.isEmpty()) {
            out.append("Where Shale's time goes (parts timed on their own, same runs):\n\n");
            out.append("| operation | part | median ms | runs |\n|---|---|---:|---:|\n");
            for (LifecycleResults.Part p : results.parts) {
                out.append("| ").append(cell(p.operation())).append(" | ").append(cell(p.part())).append(" | ")
                        .append(ms(p.ms().median())).append(" | ").append(p.ms().count()).append(" |\n");
            }
            out.append('\n');
        }
        targets(out);
        if (!results.notes.isEmpty()) {
            out.append('\n');
            for (String n : results.notes) {
                out.append("- ").append(n).append('\n');
            }
        }
        return out.toString();
    }

    /** One verdict per operation and workload that has a target, against the fastest alternative measured. */
    private void targets(StringBuilder out) {
        Map<String, LifecycleResults.Row> worst = new LinkedHashMap<>();
        for (LifecycleResults.Row r : results.rows) {
            if (r.target() > 0) {
                worst.merge(r.operation() + "\u0000" + r.workload(), r, (a, b) -> b.speedUp() < a.speedUp() ? b : a);
            }
        }
        out.append("Targets of issue 7, section 5 (against the fastest alternative measured):\n\n");
        out.append("| target | workload | measured | verdict |\n|---|---|---:|---|\n");
        for (LifecycleResults.Row r : worst.values()) {
            String target = switch (r.operation()) {
                case "reset" -> "reset from template: >= " + times(r.target()) + " faster than a replay";
                case "clear" -> "clear: >= " + times(r.target()) + " faster than a DELETE loop";
                default -> r.operation() + ": >= " + times(r.target());
            };
            out.append("| ").append(cell(target)).append(" | ").append(cell(r.workload())).append(" | ").append(times(r.speedUp()))
                    .append(" | ").append(r.speedUp() >= r.target() ? "met" : "**missed**").append(" |\n");
        }
    }

    /** A table cell: a pipe, even inside back-quotes, would end it. */
    static String cell(String text) {
        return text.replace("|", "\\|");
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.1f", v);
    }

    static String times(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, v >= 10 ? "%.0f x" : "%.1f x", v);
    }
}
