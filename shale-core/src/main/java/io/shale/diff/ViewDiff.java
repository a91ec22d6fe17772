package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Index;
import io.shale.schema.Schema;
import io.shale.schema.View;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Views are never altered: a changed view, and every view that reads a reshaped table or a view
 * being dropped (transitively), is dropped in step 1 (readers before what they read) and, if still
 * wanted, created in step 5 (what they read first), a materialized view with its indexes. The
 * indexes of a kept materialized view that go or change are dropped in step 1 and created in step 4.
 */
final class ViewDiff {
    private final PlanBuilder plan;

    ViewDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    /**
     * @param reshaped current qualified names of tables that go, are recreated, renamed or reshaped
     * @return qualified names of the current views that are dropped (to go, or to be created again)
     */
    Set<String> diff(Catalog from, Catalog to, Set<String> reshaped) {
        Map<String, View> before = views(from);
        Map<String, View> after = views(to);
        Set<String> dropping = new LinkedHashSet<>();
        before.forEach((name, view) -> {
            View wanted = after.get(name);
            if (wanted == null || !sameView(view, wanted)
                    || view.dependsOn().stream().anyMatch(reshaped::contains)) {
                dropping.add(name);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View view : before.values()) {
                String name = name(view);
                if (!dropping.contains(name) && view.dependsOn().stream().anyMatch(dropping::contains)) {
                    dropping.add(name);
                    grew = true;
                }
            }
        }
        List<View> drops = dependenciesFirst(before, dropping);
        for (int i = drops.size() - 1; i >= 0; i--) {
            plan.add(Phase.DROP_VIEW, new Change.DropView(drops.get(i)));
        }
        Set<String> creating = new LinkedHashSet<>();
        after.keySet().stream().filter(n -> !before.containsKey(n) || dropping.contains(n)).forEach(creating::add);
        dependenciesFirst(after, creating).forEach(v -> plan.add(Phase.CREATE_VIEW, new Change.CreateView(v)));
        after.forEach((name, view) -> {
            View current = before.get(name);
            if (current != null && !dropping.contains(name)) {
                indexes(current, view);
            }
        });
        return dropping;
    }

    /** A kept materialized view's indexes, by name and printed definition. */
    private void indexes(View from, View to) {
        for (Index index : from.indexes()) {
            if (!to.indexes().contains(index)) {
                plan.add(Phase.DROP_INDEX, new Change.DropIndex(from.schema(), from.name(), index));
            }
        }
        for (Index index : to.indexes()) {
            if (!from.indexes().contains(index)) {
                plan.add(Phase.CREATE_INDEX, new Change.CreateIndex(to.schema(), to.name(), index));
            }
        }
    }

    private static boolean sameView(View a, View b) {
        return a.materialized() == b.materialized() && Objects.equals(a.definition(), b.definition())
                && Objects.equals(a.comment(), b.comment());
    }

    /** The chosen views, each after the chosen views it reads; otherwise by name. */
    private static List<View> dependenciesFirst(Map<String, View> all, Set<String> chosen) {
        List<View> ordered = new ArrayList<>();
        Set<String> remaining = new LinkedHashSet<>(chosen.stream().sorted().toList());
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(n -> all.get(n).dependsOn().stream()
                            .noneMatch(d -> remaining.contains(d) && !d.equals(n)))
                    .findFirst()
                    .orElse(remaining.iterator().next());
            remaining.remove(next);
            ordered.add(all.get(next));
        }
        return ordered;
    }

    private static Map<String, View> views(Catalog catalog) {
        Map<String, View> views = new LinkedHashMap<>();
        for (Schema schema : catalog.schemas()) {
            schema.views().forEach(v -> views.put(name(v), v));
        }
        return views;
    }

    private static String name(View view) {
        return Names.qualify(view.schema(), view.name());
    }
}
