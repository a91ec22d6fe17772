package io.shale.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Renders {@link Results} as Markdown tables: medians, ratios, per-migration scaling and the targets of issue 7. */
final class Report {
    private static final String[] TOOLS = {"shale", "flyway", "liquibase", "jdbc"};

    private final Results results;

    Report(Results results) {
        this.results = results;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        medians(out);
        out.append('\n');
        scaling(out);
        out.append('\n');
        targets(out);
        return out.toString();
    }

    private void medians(StringBuilder out) {
        out.append("| workload | N | measure | Shale | Flyway | Liquibase | JDBC floor | Shale/Flyway | Shale/Liquibase | Shale/floor |\n");
        out.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Integer> w : results.workloads().entrySet()) {
            for (Measure m : Measure.values()) {
                if (!results.has(w.getKey(), m)) {
                    continue;
                }
                OptionalDouble[] t = new OptionalDouble[TOOLS.length];
                for (int i = 0; i < TOOLS.length; i++) {
                    t[i] = results.median(w.getKey(), m, TOOLS[i]);
                }
                out.append("| ").append(w.getKey()).append(" | ").append(w.getValue()).append(" | ").append(m.label)
                        .append(" | ").append(ms(t[0])).append(" | ").append(ms(t[1])).append(" | ").append(ms(t[2]))
                        .append(" | ").append(ms(t[3])).append(" | ").append(ratio(t[0], t[1])).append(" | ")
                        .append(ratio(t[0], t[2])).append(" | ").append(ratio(t[0], t[3])).append(" |\n");
            }
        }
        out.append("\nTimes are medians in milliseconds. For the JDBC floor, \"nothing to do\" and \"status\" are "
                + "one connection and one query.\n");
    }

    private void scaling(StringBuilder out) {
        out.append("Per-migration cost of applying from empty (warm JVM, median / N, ms per migration):\n\n");
        out.append("| N | Shale | Flyway | Liquibase | JDBC floor | Shale/faster peer | Shale/floor |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Integer> w : generated()) {
            OptionalDouble[] t = new OptionalDouble[TOOLS.length];
            for (int i = 0; i < TOOLS.length; i++) {
                OptionalDouble total = results.median(w.getKey(), Measure.APPLY_WARM, TOOLS[i]);
                t[i] = total.isPresent() ? OptionalDouble.of(total.getAsDouble() / w.getValue()) : total;
            }
            out.append("| ").append(w.getValue()).append(" | ").append(perMigration(t[0])).append(" | ")
                    .append(perMigration(t[1])).append(" | ").append(perMigration(t[2])).append(" | ")
                    .append(perMigration(t[3])).append(" | ").append(ratio(t[0], faster(t[1], t[2]))).append(" | ")
                    .append(ratio(t[0], t[3])).append(" |\n");
        }
    }

    private void targets(StringBuilder out) {
        out.append("Targets of issue 7 (section 5 is measured elsewhere):\n\n");
        out.append("| target | workload | measured | verdict |\n|---|---|---:|---|\n");
        for (String w : results.workloads().keySet()) {
            check(out, "apply: <= 0.5 x faster peer", w, ratioOf(w, Measure.APPLY_WARM, "faster"), 0.5);
            check(out, "apply: <= 1.25 x JDBC floor", w, ratioOf(w, Measure.APPLY_WARM, "jdbc"), 1.25);
            check(out, "apply, new process: <= 0.5 x faster peer", w, ratioOf(w, Measure.APPLY_PROCESS, "faster"), 0.5);
            check(out, "nothing to do: <= 0.5 x Flyway, warm", w, ratioOf(w, Measure.NOOP_WARM, "flyway"), 0.5);
            check(out, "nothing to do: <= 0.7 x Flyway, new process", w, ratioOf(w, Measure.NOOP_PROCESS, "flyway"), 0.7);
            check(out, "status: <= 0.5 x Flyway", w, ratioOf(w, Measure.STATUS_WARM, "flyway"), 0.5);
        }
        List<Map.Entry<String, Integer>> gen = generated();
        if (gen.size() >= 2) {
            Map.Entry<String, Integer> first = gen.get(0);
            Map.Entry<String, Integer> last = gen.get(gen.size() - 1);
            OptionalDouble a = results.median(first.getKey(), Measure.APPLY_WARM, "shale");
            OptionalDouble b = results.median(last.getKey(), Measure.APPLY_WARM, "shale");
            if (a.isPresent() && b.isPresent()) {
                double growth = (b.getAsDouble() / last.getValue()) / (a.getAsDouble() / first.getValue());
                check(out, "per-migration cost flat (N=" + first.getValue() + " -> " + last.getValue() + ", <= 1.25 x)",
                        "generated", OptionalDouble.of(growth), 1.25);
            }
        }
    }

    private void check(StringBuilder out, String target, String workload, OptionalDouble value, double limit) {
        if (value.isEmpty()) {
            return;
        }
        out.append("| ").append(target).append(" | ").append(workload).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f", value.getAsDouble())).append(" | ")
                .append(value.getAsDouble() <= limit ? "met" : "**missed**").append(" |\n");
    }

    private OptionalDouble ratioOf(String workload, Measure m, String peer) {
        OptionalDouble shale = results.median(workload, m, "shale");
        OptionalDouble other = peer.equals("faster")
                ? faster(results.median(workload, m, "flyway"), results.median(workload, m, "liquibase"))
                : results.median(workload, m, peer);
        return shale.isPresent() && other.isPresent() ? OptionalDouble.of(shale.getAsDouble() / other.getAsDouble())
                : OptionalDouble.empty();
    }

    private List<Map.Entry<String, Integer>> generated() {
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        for (Map.Entry<String, Integer> w : results.workloads().entrySet()) {
            if (w.getKey().startsWith("generated-") && results.has(w.getKey(), Measure.APPLY_WARM)) {
                out.add(w);
            }
        }
        return out;
    }

    private static OptionalDouble faster(OptionalDouble a, OptionalDouble b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : OptionalDouble.of(Math.min(a.getAsDouble(), b.getAsDouble()));
    }

    private static String ms(OptionalDouble t) {
        if (t.isEmpty()) {
            return "-";
        }
        double v = t.getAsDouble();
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.1f", v);
    }

    private static String perMigration(OptionalDouble t) {
        return t.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", t.getAsDouble());
    }

    private static String ratio(OptionalDouble a, OptionalDouble b) {
        return a.isEmpty() || b.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", a.getAsDouble() / b.getAsDouble());
    }
}
