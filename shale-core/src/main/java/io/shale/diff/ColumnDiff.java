package io.shale.diff;

import io.shale.dialect.DiffHooks;
import io.shale.schema.Column;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The columns and comments of one kept table: for that table, hinted renames, then added, altered
 * and dropped columns, in that order; comments in their own later slot. Changes name the table as it
 * is called after any rename, since table renames run before them.
 */
final class ColumnDiff {
    private final DiffHooks hooks;
    private final PlanBuilder plan;

    ColumnDiff(DiffHooks hooks, PlanBuilder plan) {
        this.hooks = hooks;
        this.plan = plan;
    }

    /** Emits the column changes of the pair; returns the renames and the columns that change type or go. */
    Result diff(TablePairing.Pair pair, Map<String, String> renames) {
        Table from = pair.from();
        Table to = pair.to();
        String schema = to.schema();
        String table = to.name();
        Set<String> changed = new HashSet<>();
        List<Column> added = new ArrayList<>();
        List<Column> gone = new ArrayList<>();
        List<Change> alters = new ArrayList<>();
        for (Column column : from.columns()) {
            String newName = renames.getOrDefault(column.name(), column.name());
            if (!newName.equals(column.name())) {
                plan.add(Phase.COLUMN, new Change.RenameColumn(schema, table, column.name(), newName));
            }
        }
        for (Column target : to.columns()) {
            Column source = source(from, target.name(), renames);
            if (source == null) {
                added.add(target);
                continue;
            }
            if (differs(source, target)) {
                alters.add(new Change.AlterColumn(schema, table, renamed(source, target.name()), target));
                if (!hooks.sameType(source.type(), target.type())) {
                    changed.add(source.name());
                }
            }
            if (!Objects.equals(source.comment(), target.comment())) {
                plan.add(Phase.COMMENT, new Change.SetColumnComment(schema, table, target.name(), target.comment()));
            }
        }
        for (Column column : from.columns()) {
            if (to.column(renames.getOrDefault(column.name(), column.name())).isEmpty()) {
                gone.add(column);
                changed.add(column.name());
            }
        }
        added.forEach(c -> plan.add(Phase.COLUMN, new Change.AddColumn(schema, table, c)));
        alters.forEach(c -> plan.add(Phase.COLUMN, c));
        gone.forEach(c -> plan.add(Phase.COLUMN, new Change.DropColumn(schema, table, c)));
        if (gone.size() == 1 && added.size() == 1 && hooks.renameCompatible(gone.get(0).type(), added.get(0).type())) {
            String old = gone.get(0).name();
            plan.warn(RenameWarning.text(Names.qualify(pair.to().qualifiedName(), old), old, added.get(0).name()));
        }
        boolean reshaped = pair.renamed() || !renames.isEmpty() || !alters.isEmpty() || !gone.isEmpty();
        return new Result(changed, reshaped);
    }

    /** @param changedColumns current names of columns dropped or changing type */
    record Result(Set<String> changedColumns, boolean reshaped) {
    }

    private boolean differs(Column a, Column b) {
        return !hooks.sameType(a.type(), b.type())
                || a.nullable() != b.nullable()
                || !hooks.sameDefault(a.defaultExpression(), b.defaultExpression())
                || !Objects.equals(a.identity(), b.identity())
                || !hooks.sameExpression(a.generated(), b.generated())
                || !equalsIgnoreCase(a.collation(), b.collation());
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    private static Column source(Table from, String targetName, Map<String, String> renames) {
        for (Column column : from.columns()) {
            if (renames.getOrDefault(column.name(), column.name()).equals(targetName)) {
                return column;
            }
        }
        return null;
    }

    private static Column renamed(Column c, String name) {
        return new Column(name, c.type(), c.nullable(), c.defaultExpression(), c.identity(), c.generated(),
                c.collation(), c.comment());
    }
}
