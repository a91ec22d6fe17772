package io.shale.dialect.h2;

import io.shale.dialect.RenderSupport;
import io.shale.dialect.StandardRenderVisitor;
import io.shale.schema.Column;
import io.shale.schema.Index;
import io.shale.schema.Sequence;
import io.shale.schema.change.Change;
import java.util.List;

/** One change to its H2 statements: standard SQL, with sequences, its own column rename and aliases. */
final class H2RenderVisitor extends StandardRenderVisitor {

    H2RenderVisitor() {
        super("H2", H2RenderTables.SQL);
    }

    @Override
    protected String column(Column column) {
        return H2RenderTables.column(column);
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
        return List.of("ALTER SEQUENCE " + qualified(to.schema(), to.name())
                + RenderSupport.changedSequenceOptions(from, to));
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
