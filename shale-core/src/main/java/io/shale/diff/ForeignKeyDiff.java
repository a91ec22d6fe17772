package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.ForeignKey;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Foreign keys across the whole catalog. One is dropped (step 1) when it goes or changes, when its
 * table or referenced table goes or is recreated, when one of its columns or referenced columns goes
 * or changes type, or when the key it references is dropped; it is added (step 4, after every table
 * exists, so cycles work) when it is new or was dropped for any of those reasons. Foreign keys are
 * matched by name, after mapping hinted table and column renames, which the database applies itself.
 */
final class ForeignKeyDiff {
    private final PlanBuilder plan;

    ForeignKeyDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    void diff(Catalog from, Catalog to, TablePairing pairing, Map<String, TableDelta> deltas) {
        Set<String> gone = new HashSet<>();
        pairing.dropped.forEach(t -> gone.add(t.qualifiedName()));
        pairing.recreated.forEach(p -> gone.add(p.fromName()));
        Map<String, TablePairing.Pair> keptByFrom = new HashMap<>();
        pairing.kept.forEach(p -> keptByFrom.put(p.fromName(), p));

        Set<String> keptKeys = new HashSet<>();
        for (Table table : from.tables()) {
            TablePairing.Pair pair = keptByFrom.get(table.qualifiedName());
            for (ForeignKey key : table.foreignKeys()) {
                if (pair != null && survives(key, table, pair, gone, keptByFrom, deltas)) {
                    keptKeys.add(pair.toName() + "\u0000" + key.name());
                } else {
                    plan.add(Phase.DROP_FOREIGN_KEY, new Change.DropForeignKey(table.schema(), table.name(), key));
                }
            }
        }
        for (Table table : to.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                if (!keptKeys.contains(table.qualifiedName() + "\u0000" + key.name())) {
                    plan.add(Phase.ADD_FOREIGN_KEY, new Change.AddForeignKey(table.schema(), table.name(), key));
                }
            }
        }
    }

    private static boolean survives(ForeignKey key, Table table, TablePairing.Pair pair, Set<String> gone,
                                    Map<String, TablePairing.Pair> keptByFrom, Map<String, TableDelta> deltas) {
        String ref = Names.qualify(key.refSchema(), key.refTable());
        if (gone.contains(ref)) {
            return false;
        }
        TableDelta own = deltas.get(table.qualifiedName());
        TableDelta refDelta = deltas.get(ref);
        if (key.columns().stream().anyMatch(own.changedColumns()::contains)) {
            return false;
        }
        if (refDelta != null && (key.refColumns().stream().anyMatch(refDelta.changedColumns()::contains)
                || refDelta.droppedKeys().contains(Set.copyOf(key.refColumns())))) {
            return false;
        }
        TablePairing.Pair refPair = keptByFrom.get(ref);
        ForeignKey mapped = new ForeignKey(key.name(),
                key.columns().stream().map(own::newName).toList(),
                key.refSchema(),
                refPair == null ? key.refTable() : refPair.to().name(),
                key.refColumns().stream().map(c -> refDelta == null ? c : refDelta.newName(c)).toList(),
                key.onDelete(), key.onUpdate(), key.deferrable(), key.initiallyDeferred(), key.notValid());
        List<ForeignKey> targets = pair.to().foreignKeys();
        return targets.contains(mapped);
    }
}
