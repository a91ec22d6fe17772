package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.PartitionIndex;
import io.shale.schema.Schema;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names of partitions' shares of their parents' indexes, once every index exists (end of step 4).
 * Such an index comes with its parent's index or its partition; when the plan creates either, the
 * database names it and the change names it as wanted ({@code currentName} null). When both stay and
 * only the name differs, the change renames it. An index that goes, goes with its parent's index.
 */
final class PartitionIndexDiff {
    private final PlanBuilder plan;

    PartitionIndexDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    void diff(Catalog from, Catalog to) {
        Map<String, PartitionIndex> before = index(from);
        Set<String> created = createdByPlan();
        index(to).forEach((key, wanted) -> {
            PartitionIndex current = before.get(key);
            if (current == null || created.contains(Names.qualify(wanted.schema(), wanted.partition()))
                    || created.contains(Names.qualify(wanted.schema(), wanted.parentIndex()))) {
                plan.add(Phase.NAME_PARTITION_INDEX, new Change.NamePartitionIndex(wanted, null));
            } else if (!current.name().equals(wanted.name())) {
                plan.add(Phase.NAME_PARTITION_INDEX, new Change.NamePartitionIndex(wanted, current.name()));
            }
        });
    }

    /**
     * The qualified names of the tables and indexes (alone, behind a key, or with their table) that the
     * plan creates: tables and indexes share one namespace per schema.
     */
    private Set<String> createdByPlan() {
        Set<String> created = new HashSet<>();
        for (Change change : plan.changes()) {
            if (change instanceof Change.CreateTable c) {
                Table t = c.table();
                created.add(Names.qualify(t.schema(), t.name()));
                t.indexes().forEach(i -> created.add(Names.qualify(t.schema(), i.name())));
                if (t.primaryKey() != null) {
                    created.add(Names.qualify(t.schema(), t.primaryKey().name()));
                }
                t.uniques().forEach(u -> created.add(Names.qualify(t.schema(), u.name())));
                t.exclusions().forEach(x -> created.add(Names.qualify(t.schema(), x.name())));
            } else if (change instanceof Change.CreateIndex c) {
                created.add(Names.qualify(c.schema(), c.index().name()));
            } else if (change instanceof Change.AddPrimaryKey c) {
                created.add(Names.qualify(c.schema(), c.primaryKey().name()));
            } else if (change instanceof Change.AddUnique c) {
                created.add(Names.qualify(c.schema(), c.unique().name()));
            } else if (change instanceof Change.AddExclusion c) {
                created.add(Names.qualify(c.schema(), c.exclusion().name()));
            }
        }
        return created;
    }

    private static Map<String, PartitionIndex> index(Catalog catalog) {
        return Names.index(catalog, Schema::partitionIndexes,
                x -> String.join("\u0000", String.valueOf(x.schema()), x.partition(), x.parentIndex()));
    }
}
