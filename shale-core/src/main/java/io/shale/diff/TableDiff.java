package io.shale.diff;

import io.shale.dialect.DiffHooks;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tables as wholes and, for kept tables, their columns, keys and comments. A created table carries
 * its columns, keys, checks, indexes and comments but not its foreign keys (see
 * {@link ForeignKeyDiff}); a table that is recreated is dropped at the end of step 1 and created in
 * step 3; parents are created before their partitions and dropped after them.
 */
final class TableDiff {
    private final PlanBuilder plan;
    private final ColumnDiff columns;
    private final ConstraintDiff constraints;

    TableDiff(DiffHooks hooks, PlanBuilder plan) {
        this.plan = plan;
        this.columns = new ColumnDiff(hooks, plan);
        this.constraints = new ConstraintDiff(hooks, plan);
    }

    /** Emits the table changes; returns what changed in each kept table, by its current qualified name. */
    Map<String, TableDelta> diff(TablePairing pairing, Hints hints) {
        List<Table> created = new ArrayList<>(pairing.created);
        pairing.recreated.forEach(p -> created.add(p.to()));
        Partitions.parentsFirst(created)
                .forEach(t -> plan.add(Phase.CREATE_TABLE, new Change.CreateTable(withoutForeignKeys(t))));
        Partitions.partitionsFirst(pairing.recreated.stream().map(TablePairing.Pair::from).toList())
                .forEach(t -> plan.add(Phase.DROP_RECREATED_TABLE, new Change.DropTable(t)));
        Partitions.partitionsFirst(pairing.dropped)
                .forEach(t -> plan.add(Phase.DROP_TABLE, new Change.DropTable(t)));

        Map<String, TableDelta> deltas = new LinkedHashMap<>();
        for (TablePairing.Pair pair : pairing.kept) {
            Table from = pair.from();
            Table to = pair.to();
            if (pair.renamed()) {
                plan.add(Phase.RENAME_TABLE, new Change.RenameTable(from.schema(), from.name(), to.name()));
            }
            Map<String, String> renames = hints.columnRenames(to.schema(), to.name());
            ColumnDiff.Result result = columns.diff(pair, renames);
            List<java.util.Set<String>> droppedKeys = constraints.diff(pair, renames);
            if (from.unlogged() != to.unlogged()) {
                plan.warn("not compared: table " + to.qualifiedName() + " is " + (from.unlogged() ? "unlogged" : "logged")
                        + " and should be " + (to.unlogged() ? "unlogged" : "logged") + "; change it by hand (SET "
                        + (to.unlogged() ? "UNLOGGED" : "LOGGED") + ")");
            }
            if (!Objects.equals(from.collation(), to.collation())) {
                plan.warn("not compared: default collation of table " + to.qualifiedName() + " is " + from.collation()
                        + " and should be " + to.collation() + "; convert the table by hand");
            }
            if (from.rowSecurity() != to.rowSecurity() || from.forceRowSecurity() != to.forceRowSecurity()) {
                plan.add(Phase.COMMENT, new Change.SetRowSecurity(to.schema(), to.name(), to.rowSecurity(),
                        to.forceRowSecurity()));
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                plan.add(Phase.COMMENT, new Change.SetTableComment(to.schema(), to.name(), to.comment()));
            }
            deltas.put(pair.fromName(),
                    new TableDelta(renames, result.changedColumns(), result.reshaped(), droppedKeys));
        }
        return deltas;
    }

    private static Table withoutForeignKeys(Table t) {
        return new Table(t.schema(), t.name(), t.columns(), t.primaryKey(), t.uniques(), List.of(), t.checks(),
                t.indexes(), t.partitioning(), t.partitionOf(), t.comment(), t.collation(),
                t.unlogged(), t.exclusions(), t.rowSecurity(), t.forceRowSecurity());
    }
}
