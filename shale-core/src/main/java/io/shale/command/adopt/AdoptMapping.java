package io.shale.command.adopt;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Migration;
import io.shale.migration.MigrationBody;
import io.shale.migration.MigrationSet;
import io.shale.migration.imports.FlywayVersion;
import io.shale.migration.imports.ImportMarker;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps another tool's history rows to the imported Shale files, through the
 * {@code -- imported from TOOL ID} line {@code shale import} writes first in each file.
 */
final class AdoptMapping {
    private AdoptMapping() {
    }

    /** One Shale migration the other tool has applied, with when, by whom and how long it took there. */
    record Entry(Migration migration, String otherId, Instant appliedAt, String appliedBy, long executionMs) {
    }

    /** The entries in Shale version order, and remarks on rows that need no Shale row (repeatables, undone). */
    record Result(List<Entry> entries, List<String> notes) {
    }

    static Result map(AdoptTool tool, List<AdoptHistoryReader.Row> rows, MigrationSet set) {
        Map<Migration, ImportMarker> markers = markers(set);
        Result result = switch (tool) {
            case FLYWAY -> flyway(rows, markers);
            case LIQUIBASE -> liquibase(rows, markers);
            case ALEMBIC -> alembic(rows, set, markers);
        };
        List<Entry> sorted = new ArrayList<>(result.entries());
        sorted.sort(Comparator.comparingInt(e -> e.migration().version()));
        requireNoGap(sorted, set);
        return new Result(sorted, result.notes());
    }

    private static Result flyway(List<AdoptHistoryReader.Row> rows, Map<Migration, ImportMarker> markers) {
        List<AdoptHistoryReader.Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingLong(r -> r.number("installed_rank")));
        Map<FlywayVersion, Entry> applied = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (AdoptHistoryReader.Row r : ordered) {
            String type = r.string("type") == null ? "" : r.string("type");
            String version = r.string("version");
            if (!r.bool("success")) {
                throw failed("flyway", r.string("script") + " (version " + version + ")",
                        "fix it and finish it with Flyway (`flyway repair`, then `flyway migrate`) before adopting");
            }
            if (type.equals("SCHEMA")) {
                continue;
            }
            if (version == null) {
                notes.add("repeatable " + r.string("script") + " is not tracked by Shale (it was reported by import)");
                continue;
            }
            FlywayVersion v = FlywayVersion.parse(version);
            if (type.contains("UNDO") || type.equals("DELETE")) {
                applied.remove(v);
                notes.add("version " + version + " was undone in Flyway: not applied");
            } else if (type.contains("BASELINE")) {
                markers.forEach((m, marker) -> {
                    if (marker.tool().equals("flyway") && FlywayVersion.parse(marker.id()).compareTo(v) <= 0) {
                        applied.put(FlywayVersion.parse(marker.id()), entry(m, marker, r));
                    }
                });
                notes.add("Flyway baseline at version " + version + ": imported files up to it count as applied");
            } else {
                Migration m = find(markers, "flyway", id -> FlywayVersion.parse(id).equals(v), null)
                        .orElseThrow(() -> missing("flyway", r.string("script") + " (version " + version + ")"));
                applied.put(v, entry(m, markers.get(m), r));
            }
        }
        return new Result(new ArrayList<>(applied.values()), notes);
    }

    private static Entry entry(Migration m, ImportMarker marker, AdoptHistoryReader.Row r) {
        return new Entry(m, marker.id(), r.instant("installed_on"), r.string("installed_by"), r.number("execution_time"));
    }

    private static Result liquibase(List<AdoptHistoryReader.Row> rows, Map<Migration, ImportMarker> markers) {
        List<AdoptHistoryReader.Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingLong(r -> r.number("orderexecuted")));
        List<Entry> out = new ArrayList<>();
        for (AdoptHistoryReader.Row r : ordered) {
            String key = r.string("author") + ":" + r.string("id");
            String file = r.string("filename");
            if ("FAILED".equalsIgnoreCase(r.string("exectype"))) {
                throw failed("liquibase", "change set " + key + " in " + file,
                        "fix it and finish it with Liquibase (`liquibase update`) before adopting");
            }
            Migration m = find(markers, "liquibase", key::equals, file)
                    .orElseThrow(() -> missing("liquibase", "change set " + key + " in " + file));
            out.add(new Entry(m, key, r.instant("dateexecuted"), null, 0));
        }
        return new Result(out, List.of());
    }

    private static Result alembic(List<AdoptHistoryReader.Row> rows, MigrationSet set,
                                  Map<Migration, ImportMarker> markers) {
        if (rows.isEmpty()) {
            return new Result(List.of(), List.of("alembic_version is empty: nothing was applied"));
        }
        if (rows.size() > 1) {
            throw new ShaleException(ErrorCode.HISTORY_TABLE_INVALID, "alembic_version holds " + rows.size()
                    + " heads; Shale keeps one linear history",
                    "merge the branches with `alembic merge heads`, run `alembic upgrade head`, then adopt");
        }
        String revision = rows.get(0).string("version_num");
        Migration head = set.migrations().stream()
                .filter(m -> names(m, markers.get(m), revision))
                .findFirst()
                .orElseThrow(() -> missing("alembic", "revision " + revision));
        List<Entry> out = new ArrayList<>();
        for (Migration m : set.migrations()) {
            if (m.version() <= head.version()) {
                ImportMarker marker = markers.get(m);
                out.add(new Entry(m, marker == null ? "" : marker.id(), null, null, 0));
            }
        }
        return new Result(out, List.of("alembic is at revision " + revision + " = " + head.script()
                + ": it and every earlier file count as applied"));
    }

    /** Whether a file stands for an Alembic revision: by its marker, its name, or a {@code Revision ID:} comment. */
    private static boolean names(Migration m, ImportMarker marker, String revision) {
        if (marker != null) {
            return marker.tool().equals("alembic") && marker.id().equals(revision);
        }
        return m.script().contains(revision) || text(m).orElse("").contains("Revision ID: " + revision);
    }

    private static Optional<Migration> find(Map<Migration, ImportMarker> markers, String tool,
                                            java.util.function.Predicate<String> id, String otherFile) {
        List<Migration> hits = new ArrayList<>();
        markers.forEach((m, marker) -> {
            if (marker.tool().equals(tool) && id.test(marker.id())) {
                hits.add(m);
            }
        });
        if (hits.size() > 1 && otherFile != null) {
            hits.removeIf(m -> !otherFile.replace('\\', '/').endsWith(markers.get(m).source()));
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    private static Map<Migration, ImportMarker> markers(MigrationSet set) {
        Map<Migration, ImportMarker> out = new LinkedHashMap<>();
        for (Migration m : set.migrations()) {
            text(m).flatMap(ImportMarker::find).ifPresent(marker -> out.put(m, marker));
        }
        return out;
    }

    private static Optional<String> text(Migration m) {
        if (!(m.body() instanceof MigrationBody.Sql sql)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(sql.file()));
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "cannot read " + sql.file() + ": " + e,
                    "check that the file is readable", e);
        }
    }

    /** Refuses when a Shale migration below the highest adopted one would stay pending (out of order). */
    private static void requireNoGap(List<Entry> entries, MigrationSet set) {
        if (entries.isEmpty()) {
            return;
        }
        int top = entries.get(entries.size() - 1).migration().version();
        for (Migration m : set.migrations()) {
            if (m.version() < top && entries.stream().noneMatch(e -> e.migration().version() == m.version())) {
                throw new ShaleException(ErrorCode.OUT_OF_ORDER_MIGRATION, m.script() + " was not applied by the other "
                        + "tool, but later files were", "apply it with that tool first, or move it after version " + top
                        + " (renumber it), then adopt");
            }
        }
    }

    private static ShaleException failed(String tool, String what, String hint) {
        return new ShaleException(ErrorCode.FAILED_MIGRATION_NEEDS_REPAIR, tool + " records a failed run of " + what,
                hint);
    }

    private static ShaleException missing(String tool, String what) {
        return new ShaleException(ErrorCode.APPLIED_MIGRATION_MISSING, tool + " applied " + what
                + ", but no Shale file was imported from it",
                "run `shale import --from " + tool + " DIR` on the folder that holds it (alembic: name the revision in "
                        + "the file: `-- imported from alembic REVISION`), then adopt again");
    }
}
