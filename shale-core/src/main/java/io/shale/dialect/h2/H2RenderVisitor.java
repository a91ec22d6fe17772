package io.shale.dialect.h2;

import io.shale.dialect.StandardRenderVisitor;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Sequence;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.change.Change;
import java.util.List;

/** One change to its H2 statements: standard SQL, with sequences, its own column rename and aliases. */
final class H2RenderVisitor extends StandardRenderVisitor {

    H2RenderVisitor() {
        super("H2");
    }

    @Override
    protected String ident(String name) {
        return H2RenderNames.ident(name);
    }

    @Override
    protected String qualified(String schema, String name) {
        return H2RenderNames.qualified(schema, name);
    }

    @Override
    protected String column(Column column) {
        return H2RenderTables.column(column);
    }

    @Override
    protected String primaryKey(PrimaryKey key) {
        return H2RenderTables.primaryKey(key);
    }

    @Override
    protected String unique(UniqueConstraint unique) {
        return H2RenderTables.unique(unique);
    }

    @Override
    protected String foreignKey(String schema, ForeignKey key) {
        return H2RenderTables.foreignKey(key);
    }

    @Override
    protected String check(CheckConstraint check) {
        return H2RenderTables.check(check);
    }

    @Override
    protected String createIndex(String schema, String table, Index index) {
        return H2RenderTables.createIndex(schema, table, index);
    }

    @Override
    protected String noEnumTypes() {
        return "enums are column types (ENUM(...)), changed with the column";
    }

    @Override
    public List<String> visit(Change.CreateSequence change) {
        Sequence sequence = change.sequence();
        return List.of("CREATE SEQUENCE " + qualified(sequence.schema(), sequence.name()) + " AS " + sequence.dataType()
                + " START WITH " + sequence.start() + " INCREMENT BY " + sequence.increment()
                + " MINVALUE " + sequence.min() + " MAXVALUE " + sequence.max()
                + (sequence.cycle() ? " CYCLE" : " NO CYCLE"));
    }

    @Override
    public List<String> visit(Change.DropSequence change) {
        return List.of("DROP SEQUENCE " + qualified(change.sequence().schema(), change.sequence().name()));
    }

    /** H2 cannot change a sequence's data type in place: that one is dropped and created again. */
    @Override
    public List<String> visit(Change.AlterSequence change) {
        Sequence from = change.from();
        Sequence to = change.to();
        if (!from.dataType().equals(to.dataType())) {
            return List.of(visit(new Change.DropSequence(from)).get(0), visit(new Change.CreateSequence(to)).get(0));
        }
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE ").append(qualified(to.schema(), to.name()));
        if (from.start() != to.start()) {
            sql.append(" START WITH ").append(to.start());
        }
        if (from.increment() != to.increment()) {
            sql.append(" INCREMENT BY ").append(to.increment());
        }
        if (from.min() != to.min()) {
            sql.append(" MINVALUE ").append(to.min());
        }
        if (from.max() != to.max()) {
            sql.append(" MAXVALUE ").append(to.max());
        }
        if (from.cycle() != to.cycle()) {
            sql.append(to.cycle() ? " CYCLE" : " NO CYCLE");
        }
        return List.of(sql.toString());
    }

    @Override
    public List<String> visit(Change.CreateTable change) {
        return H2RenderTables.create(change.table());
    }

    @Override
    public List<String> visit(Change.RenameColumn change) {
        return List.of(alterTable(change.schema(), change.table()) + "ALTER COLUMN " + ident(change.from())
                + " RENAME TO " + ident(change.to()));
    }

    @Override
    public List<String> visit(Change.AlterColumn change) {
        return H2RenderColumns.alter(change.schema(), change.table(), change.from(), change.to());
    }

    /** An H2 routine is a {@code CREATE ALIAS}, created as the inspector read it. */
    @Override
    public List<String> visit(Change.DropRoutine change) {
        return List.of("DROP ALIAS " + qualified(change.routine().schema(), change.routine().name()));
    }
}
