package io.shale.cli.output;

import io.shale.error.Redaction;
import io.shale.fleet.FleetResult;
import io.shale.fleet.Shard;
import io.shale.fleet.TargetResult;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A fleet run as people and programs read it: a table (target, result, version before -> after,
 * time) with each failure's message and hint below, or one JSON document with one entry per
 * target (shape in docs/cli-json.md, "Fleets").
 */
public final class FleetReport {
    private FleetReport() {
    }

    public static void text(PrintWriter out, FleetResult<?> result) {
        int width = Math.max(6, result.results().stream().mapToInt(r -> r.target().name().length()).max().orElse(6));
        out.println(String.format("%-" + width + "s  %-7s  %-12s  %s", "TARGET", "RESULT", "VERSION", "TIME"));
        for (TargetResult<?> r : result.results()) {
            out.println(String.format("%-" + width + "s  %-7s  %-12s  %s", r.target().name(), status(r),
                    versions(r), r.status() == TargetResult.Status.SKIPPED ? "-" : r.took().toMillis() + " ms"));
        }
        for (TargetResult<?> r : result.results()) {
            if (r.error() != null) {
                out.println();
                out.println(r.target().name() + ": " + r.error().code() + ": " + r.error().getMessage());
                if (r.error().hint() != null) {
                    out.println("  hint: " + r.error().hint());
                }
            }
        }
        out.println();
        out.println(result.results().size() + " target" + (result.results().size() == 1 ? "" : "s") + ": "
                + result.count(TargetResult.Status.DONE) + " done, " + result.count(TargetResult.Status.FAILED)
                + " failed, " + result.count(TargetResult.Status.SKIPPED) + " skipped"
                + (result.stoppedBy() == null ? "." : " (stopped by " + result.stoppedBy() + ")."));
        if (result.count(TargetResult.Status.FAILED) > 0) {
            out.println("Fix the failures and run the same command again: targets already done have nothing left to do.");
        }
        out.flush();
    }

    public static void json(PrintWriter out, String command, Shard shard, FleetResult<?> result) {
        try (Json j = new Json(out)) {
            j.startObject().field("command", command).field("shard", shard == null ? null : shard.toString())
                    .field("stoppedBy", result.stoppedBy());
            j.startObject("summary").field("targets", result.results().size())
                    .field("done", result.count(TargetResult.Status.DONE))
                    .field("failed", result.count(TargetResult.Status.FAILED))
                    .field("skipped", result.count(TargetResult.Status.SKIPPED)).endObject();
            j.startArray("targets");
            for (TargetResult<?> r : result.results()) {
                j.startObject().field("name", r.target().name()).field("group", r.target().group())
                        .field("url", Redaction.url(r.target().url())).field("schema", r.target().schema())
                        .field("environment", r.target().environment()).field("status", status(r));
                version(j, "versionBefore", r.versionBefore());
                version(j, "versionAfter", r.versionAfter());
                j.field("ms", r.took().toMillis());
                if (r.error() == null) {
                    j.nullField("error");
                } else {
                    j.startObject("error").field("code", r.error().code().name())
                            .field("message", r.error().getMessage()).field("hint", r.error().hint()).endObject();
                }
                j.endObject();
            }
            j.endArray().endObject();
        }
    }

    private static void version(Json j, String field, Integer version) {
        if (version == null) {
            j.nullField(field);
        } else {
            j.field(field, version);
        }
    }

    static String status(TargetResult<?> r) {
        return r.status().name().toLowerCase(Locale.ROOT);
    }

    private static String versions(TargetResult<?> r) {
        if (r.versionBefore() == null && r.versionAfter() == null) {
            return "-";
        }
        if (r.versionBefore() == null) {
            return "? -> " + r.versionAfter();
        }
        if (r.versionBefore().equals(r.versionAfter())) {
            return String.valueOf(r.versionAfter());
        }
        return r.versionBefore() + " -> " + (r.versionAfter() == null ? "?" : r.versionAfter());
    }
}
