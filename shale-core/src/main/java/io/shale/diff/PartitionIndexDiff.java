package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Schema;
import io.shale.schema.PartitionIndex;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.Map;
import java.util.Objects;

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
        index(to).forEach((key, wanted) -> {
            PartitionIndex current = before.get(key);
            if (current == null || createdByPlan(wanted)) {
                plan.add(Phase.NAME_PARTITION_INDEX, new Change.NamePartitionIndex(wanted, null));
            } else if (!current.name().equals(wanted.name())) {
                plan.add(Phase.NAME_PARTITION_INDEX, new Change.NamePartitionIndex(wanted, current.name()));
            }
        });
    }

    /** Whether the plan creates the partition, or the parent's index (alone, behind a key, or with its table). */
    private boolean createdByPlan(PartitionIndex x) {
        return plan.has(change -> change instanceof Change.CreateTable c
                && Objects.equals(c.table().schema(), x.schema())
                && (c.table().name().equals(x.partition()) || holds(c.table(), x.parentIndex()))
                || x.parentIndex().equals(createdIndexName(change, x.schema())));
    }

    /** The name of the index {@code change} creates in {@code schema} (alone or behind a key); null for other changes. */
    private static String createdIndexName(Change change, String schema) {
        if (change instanceof Change.CreateIndex c && Objects.equals(c.schema(), schema)) {
            return c.index().name();
        } else if (change instanceof Change.AddPrimaryKey c && Objects.equals(c.schema(), schema)) {
            return c.primaryKey().name();
        } else if (change instanceof Change.AddUnique c && Objects.equals(c.schema(), schema)) {
            return c.unique().name();
        } else if (change instanceof Change.AddExclusion c && Objects.equals(c.schema(), schema)) {
            return c.exclusion().name();
        }
        return null;
    }

    private static boolean holds(Table t, String index) {
        return t.indexes().stream().anyMatch(i -> i.name().equals(index))
                || t.primaryKey() != null && t.primaryKey().name().equals(index)
                || t.uniques().stream().anyMatch(u -> u.name().equals(index))
                || t.exclusions().stream().anyMatch(e -> e.name().equals(index));
    }

    private static Map<String, PartitionIndex> index(Catalog catalog) {
        return Names.index(catalog, Schema::partitionIndexes,
                x -> String.join("\u0000", String.valueOf(x.schema()), x.partition(), x.parentIndex()));
    }
}
