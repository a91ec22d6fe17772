package io.shale.diff;

import io.shale.dialect.DiffHooks;
import io.shale.schema.CheckConstraint;
import io.shale.schema.ExclusionConstraint;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Table;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Primary key, unique constraints, checks, exclusion constraints and indexes of one kept table. A changed one is dropped
 * (step 1, under the table's current name and columns) and added again (step 4, under its new
 * ones). Unique constraints, checks, exclusion constraints and indexes are matched by name (an
 * exclusion constraint is the same when its printed definition is); the primary key by its columns only, because engines name it after the table and a renamed table keeps the old name.
 * Columns are compared after the hinted renames, which the database applies to them by itself.
 * Attributes count: a key whose deferrability or {@code NULLS NOT DISTINCT} changed, and a check that
 * became {@code NOT VALID} or valid, are dropped and added again.
 */
final class ConstraintDiff {
    private final DiffHooks hooks;
    private final PlanBuilder plan;

    ConstraintDiff(DiffHooks hooks, PlanBuilder plan) {
        this.hooks = hooks;
        this.plan = plan;
    }

    /** Emits the changes; returns the column sets (current names) of dropped keys. */
    List<Set<String>> diff(TablePairing.Pair pair, Map<String, String> renames) {
        Table from = pair.from();
        Table to = pair.to();
        Function<String, String> rename = c -> renames.getOrDefault(c, c);
        List<Set<String>> droppedKeys = new ArrayList<>();

        PrimaryKey oldPk = from.primaryKey();
        PrimaryKey newPk = to.primaryKey();
        boolean samePk = oldPk == null ? newPk == null
                : newPk != null && oldPk.columns().stream().map(rename).toList().equals(newPk.columns())
                  && oldPk.deferrable() == newPk.deferrable() && oldPk.initiallyDeferred() == newPk.initiallyDeferred();
        if (!samePk && oldPk != null) {
            plan.add(Phase.DROP_PRIMARY_KEY, new Change.DropPrimaryKey(from.schema(), from.name(), oldPk));
            droppedKeys.add(new HashSet<>(oldPk.columns()));
        }
        if (!samePk && newPk != null) {
            plan.add(Phase.ADD_PRIMARY_KEY, new Change.AddPrimaryKey(to.schema(), to.name(), newPk));
        }

        byName(from.uniques(), to.uniques(), UniqueConstraint::name,
                (a, b) -> a.withColumns(a.columns().stream().map(rename).toList()).equals(b),
                u -> {
                    plan.add(Phase.DROP_UNIQUE, new Change.DropUnique(from.schema(), from.name(), u));
                    droppedKeys.add(new HashSet<>(u.columns()));
                },
                u -> plan.add(Phase.ADD_UNIQUE, new Change.AddUnique(to.schema(), to.name(), u)));

        byName(from.checks(), to.checks(), CheckConstraint::name,
                (a, b) -> a.notValid() == b.notValid() && hooks.sameExpression(a.expression(), b.expression()),
                c -> plan.add(Phase.DROP_CHECK, new Change.DropCheck(from.schema(), from.name(), c)),
                c -> plan.add(Phase.ADD_CHECK, new Change.AddCheck(to.schema(), to.name(), c)));

        byName(from.exclusions(), to.exclusions(), ExclusionConstraint::name,
                (a, b) -> hooks.sameExpression(a.definition(), b.definition()),
                x -> plan.add(Phase.DROP_EXCLUSION, new Change.DropExclusion(from.schema(), from.name(), x)),
                x -> plan.add(Phase.ADD_EXCLUSION, new Change.AddExclusion(to.schema(), to.name(), x)));

        byName(from.indexes(), to.indexes(), Index::name,
                (a, b) -> sameIndex(a, b, rename),
                i -> {
                    plan.add(Phase.DROP_INDEX, new Change.DropIndex(from.schema(), from.name(), i));
                    if (i.unique() && i.keys().stream().allMatch(k -> k.column() != null) && i.predicate() == null) {
                        droppedKeys.add(new HashSet<>(i.keys().stream().map(Index.Key::column).toList()));
                    }
                },
                i -> plan.add(Phase.CREATE_INDEX, new Change.CreateIndex(to.schema(), to.name(), i)));
        return droppedKeys;
    }

    private <T> void byName(List<T> olds, List<T> news, Function<T, String> name, BiPredicate<T, T> same,
                            Consumer<T> drop, Consumer<T> add) {
        Set<String> kept = new HashSet<>();
        for (T old : olds) {
            T match = news.stream().filter(n -> name.apply(n).equals(name.apply(old))).findFirst().orElse(null);
            if (match != null && same.test(old, match)) {
                kept.add(name.apply(match));
            } else {
                drop.accept(old);
            }
        }
        Predicate<T> isKept = n -> kept.contains(name.apply(n));
        news.stream().filter(isKept.negate()).forEach(add);
    }

    private boolean sameIndex(Index a, Index b, Function<String, String> rename) {
        List<Index.Key> keys = a.keys().stream()
                .map(k -> new Index.Key(k.column() == null ? null : rename.apply(k.column()), k.expression(),
                        k.descending(), k.nullsFirst()))
                .toList();
        boolean same = a.unique() == b.unique()
                && Objects.equals(a.method(), b.method())
                && keys.equals(b.keys())
                && a.include().stream().map(rename).toList().equals(b.include())
                && hooks.sameExpression(a.predicate(), b.predicate())
                && hooks.sameIndexDetail(a.definition(), b.definition());
        // The printed definition names the table, so it only decides where the parts were not read.
        return same && (!a.keys().isEmpty() || hooks.sameExpression(a.definition(), b.definition()));
    }
}
