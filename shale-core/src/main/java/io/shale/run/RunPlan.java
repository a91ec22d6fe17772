package io.shale.run;

import io.shale.migration.Migration;
import java.util.List;

/**
 * What an upgrade or downgrade does, decided once ({@link RunPlanner}) and carried out by an executor:
 * the steps before the migrations ({@code prologue}: lock, history tables, meta rows), the opening of an
 * atomic run, one unit per migration, the closing of an atomic run, and the steps after
 * ({@code epilogue}: the end of the lock's transaction, the lock's release). Reading the steps in order
 * gives exactly what a successful run sends; what a failure sends (rollbacks, failed records) is the
 * executor's job and depends on the unit's {@link Mode}.
 */
public record RunPlan(Direction direction, boolean atomic, List<PlanStep> prologue, List<PlanStep> open,
                      List<Unit> units, List<PlanStep> close, List<PlanStep> epilogue) {

    public RunPlan {
        prologue = List.copyOf(prologue);
        open = List.copyOf(open);
        units = List.copyOf(units);
        close = List.copyOf(close);
        epilogue = List.copyOf(epilogue);
    }

    /** How a migration is wrapped, which decides what a failure part-way leaves behind. */
    public enum Mode {
        /** Its own transaction, together with its history row: nothing is left on a failure. */
        TRANSACTION,
        /** A savepoint inside the lock's transaction (SQLite): rolled back to on a failure. */
        SAVEPOINT,
        /** An in-progress record first, turned into the final state at the end; a failure part-way leaves a failed record. */
        TRACED,
        /** {@link #TRACED} after leaving the lock's transaction (SQLite, no-transaction file), which is taken again after. */
        TRACED_OUTSIDE_LOCK,
        /** Part of an atomic run ({@code --single-transaction}): the whole run commits or rolls back together. */
        ATOMIC
    }

    /** One migration and the steps that apply or revert it. */
    public record Unit(Migration migration, Mode mode, List<PlanStep> steps) {
        public Unit {
            steps = List.copyOf(steps);
        }
    }

    /** The migrations in the order the plan runs them. */
    public List<Migration> migrations() {
        return units.stream().map(Unit::migration).toList();
    }
}
