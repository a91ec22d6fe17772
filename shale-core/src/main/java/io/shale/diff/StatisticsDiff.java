package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.ExtendedStatistics;
import io.shale.schema.Schema;
import io.shale.schema.change.Change;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * PostgreSQL extended statistics objects, matched by qualified name. One that goes or whose definition
 * (table, kinds, columns and expressions) changes is dropped in step 1, before the columns and tables it
 * uses go, and, if still wanted, created in step 4, once its table, columns and the routines its
 * expressions may call exist (they count as called by tables, see {@link TableCalls}); one on a
 * materialized view in step 5, after the view. One on a table that is recreated, renamed or has a
 * column renamed, altered or dropped, or on a view that is dropped to be created again, is dropped and
 * created again too: a renamed table or column changes its definition, and PostgreSQL drops it with its
 * table or view or with a column it uses. Otherwise a changed target or comment is set in place.
 */
final class StatisticsDiff {
    private final PlanBuilder plan;

    StatisticsDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    /**
     * @param reshaped current qualified names of tables that go, are recreated, renamed or reshaped, and
     *                 of views that are dropped
     */
    void diff(Catalog from, Catalog to, Set<String> reshaped) {
        Map<String, ExtendedStatistics> before = index(from);
        Map<String, ExtendedStatistics> after = index(to);
        Set<String> recreated = new HashSet<>();
        before.forEach((key, statistics) -> {
            ExtendedStatistics wanted = after.get(key);
            if (wanted == null || !wanted.sameDefinition(statistics)
                    || reshaped.contains(Names.qualify(statistics.tableSchema(), statistics.table()))) {
                plan.add(Phase.DROP_STATISTICS, new Change.DropStatistics(statistics));
                recreated.add(key);
            } else if (!Objects.equals(wanted, statistics)) {
                plan.add(onView(to, wanted) ? Phase.CREATE_VIEW_STATISTICS : Phase.CREATE_STATISTICS,
                        new Change.AlterStatistics(statistics, wanted));
            }
        });
        after.forEach((key, statistics) -> {
            if (!before.containsKey(key) || recreated.contains(key)) {
                plan.add(onView(to, statistics) ? Phase.CREATE_VIEW_STATISTICS : Phase.CREATE_STATISTICS,
                        new Change.CreateStatistics(statistics));
            }
        });
    }

    private static boolean onView(Catalog catalog, ExtendedStatistics statistics) {
        return catalog.schema(statistics.tableSchema()).stream().flatMap(s -> s.views().stream())
                .anyMatch(v -> v.name().equals(statistics.table()));
    }

    private static Map<String, ExtendedStatistics> index(Catalog catalog) {
        return Names.index(catalog, Schema::statistics, x -> Names.qualify(x.schema(), x.name()));
    }
}
