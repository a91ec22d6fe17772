package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which table of the current catalog becomes which table of the desired one: same qualified name,
 * or a hinted rename. A pair whose partitioning changed (and every partition of such a parent)
 * cannot be altered in place and is recreated. Warns of unhinted look-alike renames.
 */
final class TablePairing {

    /** One table on both sides. */
    record Pair(Table from, Table to) {
        String fromName() {
            return from.qualifiedName();
        }

        String toName() {
            return to.qualifiedName();
        }

        boolean renamed() {
            return !from.name().equals(to.name());
        }
    }

    final List<Pair> kept = new ArrayList<>();
    final List<Pair> recreated = new ArrayList<>();
    final List<Table> created = new ArrayList<>();
    final List<Table> dropped = new ArrayList<>();

    TablePairing(Catalog from, Catalog to, Hints hints, PlanBuilder plan) {
        Map<String, Table> targets = new HashMap<>();
        to.tables().forEach(t -> targets.put(t.qualifiedName(), t));
        Set<String> matchedTargets = new LinkedHashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Table table : from.tables()) {
            String targetName = hints.tableRename(table.schema(), table.name()).orElse(table.name());
            Table target = targets.get(Names.qualify(table.schema(), targetName));
            if (target == null) {
                dropped.add(table);
            } else {
                pairs.add(new Pair(table, target));
                matchedTargets.add(target.qualifiedName());
            }
        }
        to.tables().stream().filter(t -> !matchedTargets.contains(t.qualifiedName())).forEach(created::add);
        splitRecreated(pairs, plan);
        warnPossibleRenames(plan);
    }

    private void splitRecreated(List<Pair> pairs, PlanBuilder plan) {
        Set<String> recreatedNames = new LinkedHashSet<>();
        for (Pair pair : pairs) {
            if (!Objects.equals(pair.from().partitioning(), pair.to().partitioning())
                    || !Objects.equals(pair.from().partitionOf(), pair.to().partitionOf())) {
                recreatedNames.add(pair.fromName());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Pair pair : pairs) {
                String parent = Partitions.parent(pair.from());
                if (parent != null && recreatedNames.contains(parent) && recreatedNames.add(pair.fromName())) {
                    grew = true;
                }
            }
        }
        for (Pair pair : pairs) {
            if (recreatedNames.contains(pair.fromName())) {
                recreated.add(pair);
                plan.warn("partitioning of " + pair.fromName() + " changed: the table is dropped and recreated;"
                        + " its rows will be lost");
            } else {
                kept.add(pair);
            }
        }
    }

    private void warnPossibleRenames(PlanBuilder plan) {
        Map<String, List<Table>> droppedBySchema = dropped.stream()
                .collect(Collectors.groupingBy(t -> String.valueOf(t.schema())));
        Map<String, List<Table>> createdBySchema = created.stream()
                .collect(Collectors.groupingBy(t -> String.valueOf(t.schema())));
        droppedBySchema.forEach((schema, gone) -> {
            List<Table> added = createdBySchema.getOrDefault(schema, List.of());
            if (gone.size() == 1 && added.size() == 1 && columnNames(gone.get(0)).equals(columnNames(added.get(0)))) {
                Table old = gone.get(0);
                plan.warn(RenameWarning.text(old.qualifiedName(), old.name(), added.get(0).name()));
            }
        });
    }

    private static Set<String> columnNames(Table table) {
        return table.columns().stream().map(Column::name).collect(Collectors.toSet());
    }
}
