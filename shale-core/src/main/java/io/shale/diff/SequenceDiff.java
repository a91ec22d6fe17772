package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Schema;
import io.shale.schema.Sequence;
import io.shale.schema.change.Change;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Sequences: created and altered in step 2 (before the tables whose defaults use them), dropped in
 * step 6. {@code OWNED BY} needs the owning column, and dropping an owning column or table drops
 * the sequence with it, so ownership moves apart from the rest: released in step 2 and given to
 * the new owner in step 4, once the column exists.
 */
final class SequenceDiff {
    private final PlanBuilder plan;

    SequenceDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    /** @param owner maps a schema and a current {@code table.column} owner to its name after hinted renames */
    void diff(Catalog from, Catalog to, BiFunction<String, String, String> owner) {
        Map<String, Sequence> before = sequences(from);
        Map<String, Sequence> after = sequences(to);
        after.forEach((name, wanted) -> {
            Sequence current = before.get(name);
            if (current == null) {
                Sequence unowned = withOwner(wanted, null);
                plan.add(Phase.SEQUENCE, new Change.CreateSequence(unowned));
                if (wanted.ownedBy() != null) {
                    plan.add(Phase.SEQUENCE_OWNER, new Change.AlterSequence(unowned, wanted));
                }
                return;
            }
            String currentOwner = current.ownedBy() == null ? null : owner.apply(current.schema(), current.ownedBy());
            boolean sameOwner = Objects.equals(currentOwner, wanted.ownedBy());
            Sequence middle = withOwner(wanted, sameOwner ? current.ownedBy() : null);
            if (!middle.equals(current)) {
                plan.add(Phase.SEQUENCE, new Change.AlterSequence(current, middle));
            }
            if (!sameOwner && wanted.ownedBy() != null) {
                plan.add(Phase.SEQUENCE_OWNER, new Change.AlterSequence(middle, wanted));
            }
        });
        before.forEach((name, current) -> {
            if (!after.containsKey(name)) {
                Sequence unowned = withOwner(current, null);
                if (current.ownedBy() != null) {
                    plan.add(Phase.SEQUENCE, new Change.AlterSequence(current, unowned));
                }
                plan.add(Phase.DROP_SEQUENCE, new Change.DropSequence(unowned));
            }
        });
    }

    private static Sequence withOwner(Sequence s, String ownedBy) {
        return new Sequence(s.schema(), s.name(), s.dataType(), s.start(), s.increment(), s.min(), s.max(), s.cycle(),
                ownedBy);
    }

    private static Map<String, Sequence> sequences(Catalog catalog) {
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (Schema schema : catalog.schemas()) {
            schema.sequences().forEach(s -> sequences.put(Names.qualify(s.schema(), s.name()), s));
        }
        return sequences;
    }
}
