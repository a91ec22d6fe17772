package io.shale.dialect.sqlite;

import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.Index;
import io.shale.schema.Table;
import io.shale.schema.change.Change;
import io.shale.schema.change.ChangeVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which table a change touches and whether SQLite needs that table rebuilt for it: every constraint
 * change and column alteration does, and so do an added or dropped column that {@code ALTER TABLE}
 * refuses (see {@link #simpleAdd} and {@link #simpleDrop}).
 */
final class SqliteRenderTouch implements ChangeVisitor<SqliteRenderTouch.Touch> {

    /** @param table the table's name after the change, null for changes not bound to a table */
    record Touch(String table, boolean needsRebuild) {
        static final Touch NONE = new Touch(null, false);

        static Touch inPlace(String table) {
            return new Touch(table, false);
        }

        static Touch rebuild(String table) {
            return new Touch(table, true);
        }
    }

    private final Catalog from;

    SqliteRenderTouch(Catalog from) {
        this.from = from;
    }

    static Optional<Table> table(Catalog catalog, String name) {
        return catalog.tables().stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /**
     * SQLite's rules for {@code ADD COLUMN}: no key, no identity or stored generation, a constant default,
     * and a non-null default when the column is NOT NULL.
     */
    static boolean simpleAdd(Column column) {
        String value = column.defaultExpression();
        boolean constant = value == null
                || SqliteRenderTables.isLiteral(value) && !value.strip().toUpperCase().startsWith("CURRENT_");
        boolean filled = column.nullable() || value != null && !value.strip().equalsIgnoreCase("NULL");
        return column.identity() == null && column.generated() == null && constant && filled;
    }

    /**
     * SQLite's rules for {@code DROP COLUMN}: the column is in no key, index, foreign key, check, generated
     * column, trigger or view (names found as words in their SQL).
     */
    boolean simpleDrop(String tableName, String column) {
        Optional<Table> found = table(from, tableName);
        if (found.isEmpty()) {
            return false;
        }
        Table table = found.get();
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(column) + "(?![\\w$])", Pattern.CASE_INSENSITIVE);
        List<String> keyed = new ArrayList<>();
        if (table.primaryKey() != null) {
            keyed.addAll(table.primaryKey().columns());
        }
        table.uniques().forEach(unique -> keyed.addAll(unique.columns()));
        table.foreignKeys().forEach(key -> keyed.addAll(key.columns()));
        List<String> sql = new ArrayList<>();
        table.checks().forEach(check -> sql.add(check.expression()));
        table.columns().stream().filter(c -> c.generated() != null).forEach(c -> sql.add(c.generated()));
        for (Index index : table.indexes()) {
            index.keys().forEach(key -> sql.add(key.column() != null ? key.column() : key.expression()));
            sql.add(index.predicate() == null ? "" : index.predicate());
        }
        from.schemas().forEach(schema -> {
            schema.triggers().forEach(trigger -> sql.add(trigger.definition()));
            schema.views().forEach(view -> sql.add(view.definition()));
        });
        return keyed.stream().noneMatch(column::equalsIgnoreCase)
                && sql.stream().noneMatch(text -> text != null && word.matcher(text).find());
    }

    @Override
    public Touch visit(Change.CreateSchema change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropSchema change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateExtension change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropExtension change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateEnum change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropEnum change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.AddEnumValue change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.RecreateEnum change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateCollation change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropCollation change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.AlterCollation change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateCompositeType change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropCompositeType change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.AlterCompositeType change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateRangeType change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropRangeType change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.AlterRangeType change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateDomain change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropDomain change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.AlterDomain change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateSequence change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropSequence change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.AlterSequence change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateTable change) {
        return Touch.inPlace(change.table().name());
    }

    @Override
    public Touch visit(Change.DropTable change) {
        return Touch.inPlace(change.table().name());
    }

    @Override
    public Touch visit(Change.RenameTable change) {
        return Touch.inPlace(change.to());
    }

    @Override
    public Touch visit(Change.AddColumn change) {
        return new Touch(change.table(), !simpleAdd(change.column()));
    }

    @Override
    public Touch visit(Change.DropColumn change) {
        return new Touch(change.table(), !simpleDrop(change.table(), change.column().name()));
    }

    @Override
    public Touch visit(Change.RenameColumn change) {
        return Touch.inPlace(change.table());
    }

    @Override
    public Touch visit(Change.AlterColumn change) {
        return Touch.rebuild(change.table());
    }

    @Override
    public Touch visit(Change.AddPrimaryKey change) {
        return Touch.rebuild(change.table());
    }

    @Override
    public Touch visit(Change.DropPrimaryKey change) {
        return Touch.rebuild(change.table());
    }

    @Override
    public Touch visit(Change.AddUnique change) {
        return Touch.rebuild(change.table());
    }

    @Override
    public Touch visit(Change.DropUnique change) {
        return Touch.rebuild(change.table());
    }

    @Override
    public Touch visit(Change.AddForeignKey change) {
        return Touch.rebuild(change.table());
    }

    @Override
    public Touch visit(Change.DropForeignKey change) {
        return Touch.rebuild(change.table());
    }

    @Override
    public Touch visit(Change.AddCheck change) {
        return Touch.rebuild(change.table());
    }

    @Override
    public Touch visit(Change.DropCheck change) {
        return Touch.rebuild(change.table());
    }

    @Override
    public Touch visit(Change.AddExclusion change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropExclusion change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateIndex change) {
        return Touch.inPlace(change.table());
    }

    @Override
    public Touch visit(Change.DropIndex change) {
        return Touch.inPlace(change.table());
    }

    @Override
    public Touch visit(Change.NamePartitionIndex change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateView change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropView change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateRoutine change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropRoutine change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateTrigger change) {
        return Touch.inPlace(change.trigger().table());
    }

    @Override
    public Touch visit(Change.DropTrigger change) {
        return Touch.inPlace(change.trigger().table());
    }

    @Override
    public Touch visit(Change.SetTableComment change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.SetColumnComment change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.SetObjectComment change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.SetRowSecurity change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreatePolicy change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropPolicy change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.CreateStatistics change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.DropStatistics change) {
        return Touch.NONE;
    }

    @Override
    public Touch visit(Change.AlterStatistics change) {
        return Touch.NONE;
    }
}
