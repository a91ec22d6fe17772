package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Routine;
import io.shale.schema.Schema;
import io.shale.schema.Trigger;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Routines and triggers, compared by their whole printed definitions: one that goes or changes is
 * dropped in step 1 and, if still wanted, created in step 5. A trigger is also recreated when its
 * table or view is recreated or when a routine its definition names is dropped, since the database will not
 * drop a function a trigger still calls.
 *
 * <p>A routine that a table calls (in a column default, a generated column, a check, an index's
 * expressions or predicate) is created before the tables, right after types and sequences, and
 * dropped after the tables: the database checks those calls when the table objects are made and
 * refuses to drop a function they still use. Calls are found by the routine's name followed by
 * {@code (} in the printed expressions.
 */
final class CodeDiff {
    private final PlanBuilder plan;

    CodeDiff(PlanBuilder plan) {
        this.plan = plan;
    }

    /**
     * @param recreatedTables current qualified names of tables and views that are dropped (and perhaps
     *                        created again): their triggers go with them
     */
    void diff(Catalog from, Catalog to, Set<String> recreatedTables) {
        Map<String, Routine> routinesBefore = index(from, Schema::routines, r -> key(r.schema(), r.signature()));
        Map<String, Routine> routinesAfter = index(to, Schema::routines, r -> key(r.schema(), r.signature()));
        List<Routine> droppedRoutines = new ArrayList<>();
        routinesBefore.forEach((key, routine) -> {
            Routine wanted = routinesAfter.get(key);
            if (wanted == null || !Objects.equals(routine.definition(), wanted.definition())) {
                droppedRoutines.add(routine);
            }
        });

        Map<String, Trigger> triggersBefore = index(from, Schema::triggers, this::key);
        Map<String, Trigger> triggersAfter = index(to, Schema::triggers, this::key);
        List<String> recreatedTriggers = new ArrayList<>();
        triggersBefore.forEach((key, trigger) -> {
            Trigger wanted = triggersAfter.get(key);
            if (wanted == null || !Objects.equals(trigger.definition(), wanted.definition())
                    || recreatedTables.contains(Names.qualify(trigger.schema(), trigger.table()))
                    || droppedRoutines.stream().anyMatch(r -> mentions(trigger, r))) {
                plan.add(Phase.DROP_TRIGGER, new Change.DropTrigger(trigger));
                recreatedTriggers.add(key);
            }
        });
        String calledBefore = TableCalls.text(from);
        droppedRoutines.forEach(r -> plan.add(TableCalls.calls(calledBefore, r) ? Phase.DROP_CALLED_ROUTINE
                : Phase.DROP_ROUTINE, new Change.DropRoutine(r)));

        String calledAfter = TableCalls.text(to);
        routinesAfter.forEach((key, routine) -> {
            Routine current = routinesBefore.get(key);
            if (current == null || droppedRoutines.contains(current)) {
                plan.add(TableCalls.calls(calledAfter, routine) ? Phase.CREATE_CALLED_ROUTINE : Phase.CREATE_ROUTINE,
                        new Change.CreateRoutine(routine));
            }
        });
        triggersAfter.forEach((key, trigger) -> {
            if (!triggersBefore.containsKey(key) || recreatedTriggers.contains(key)) {
                plan.add(Phase.CREATE_TRIGGER, new Change.CreateTrigger(trigger));
            }
        });
    }

    private static boolean mentions(Trigger trigger, Routine routine) {
        return trigger.definition() != null
                && trigger.definition().toLowerCase(Locale.ROOT).contains(routine.name().toLowerCase(Locale.ROOT));
    }

    private String key(Trigger trigger) {
        return key(key(trigger.schema(), trigger.table()), trigger.name());
    }

    private static String key(String first, String second) {
        return first + "\u0000" + second;
    }

    private static <T> Map<String, T> index(Catalog catalog, Function<Schema, List<T>> objects, Function<T, String> key) {
        Map<String, T> index = new LinkedHashMap<>();
        for (Schema schema : catalog.schemas()) {
            objects.apply(schema).forEach(o -> index.put(key.apply(o), o));
        }
        return index;
    }
}
