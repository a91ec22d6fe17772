package io.shale.dialect.h2;

import static io.shale.dialect.h2.H2RenderNames.ident;
import static io.shale.dialect.h2.H2RenderNames.qualified;
import static io.shale.dialect.h2.H2RenderTables.alterTable;

import io.shale.dialect.RenderSupport;
import io.shale.schema.Sequence;
import io.shale.schema.change.Change;
import io.shale.schema.change.ChangeVisitor;
import java.util.List;

/** One change to its H2 statements. */
final class H2RenderVisitor implements ChangeVisitor<List<String>> {
    private static final String ENGINE = "H2";

    @Override
    public List<String> visit(Change.CreateSchema change) {
        return List.of("CREATE SCHEMA " + ident(change.name()));
    }

    @Override
    public List<String> visit(Change.DropSchema change) {
        return List.of("DROP SCHEMA " + ident(change.name()));
    }

    @Override
    public List<String> visit(Change.CreateExtension change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no extensions");
    }

    @Override
    public List<String> visit(Change.DropExtension change) {
        throw RenderSupport.unsupported(ENGINE, change, "there are no extensions");
    }

    @Override
    public List<String> visit(Change.CreateEnum change) {
        throw RenderSupport.unsupported(ENGINE, change, "enums are column types (ENUM(...)), changed with the column");
    }

    @Override
    public List<String> visit(Change.DropEnum change) {
        throw RenderSupport.unsupported(ENGINE, change, "enums are column types (ENUM(...)), changed with the column");
    }

    @Override
    public List<String> visit(Change.AddEnumValue change) {
        throw RenderSupport.unsupported(ENGINE, change, "enums are column types (ENUM(...)), changed with the column");
    }

    @Override
    public List<String> visit(Change.RecreateEnum change) {
        throw RenderSupport.unsupported(ENGINE, change, "enums are column types (ENUM(...)), changed with the column");
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
    public List<String> visit(Change.DropTable change) {
        return List.of("DROP TABLE " + qualified(change.table().schema(), change.table().name()));
    }

    @Override
    public List<String> visit(Change.RenameTable change) {
        return List.of(alterTable(change.schema(), change.from()) + "RENAME TO " + ident(change.to()));
    }

    @Override
    public List<String> visit(Change.AddColumn change) {
        List<String> statements = new java.util.ArrayList<>();
        statements.add(alterTable(change.schema(), change.table()) + "ADD COLUMN " + H2RenderTables.column(change.column()));
        if (change.column().comment() != null) {
            statements.add(H2RenderTables.columnComment(change.schema(), change.table(), change.column().name(),
                    change.column().comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(Change.DropColumn change) {
        return List.of(alterTable(change.schema(), change.table()) + "DROP COLUMN " + ident(change.column().name()));
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

    @Override
    public List<String> visit(Change.AddPrimaryKey change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD " + H2RenderTables.primaryKey(change.primaryKey()));
    }

    @Override
    public List<String> visit(Change.DropPrimaryKey change) {
        String name = change.primaryKey().name();
        return List.of(alterTable(change.schema(), change.table())
                + (name == null ? "DROP PRIMARY KEY" : "DROP CONSTRAINT " + ident(name)));
    }

    @Override
    public List<String> visit(Change.AddUnique change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD " + H2RenderTables.unique(change.unique()));
    }

    @Override
    public List<String> visit(Change.DropUnique change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.unique().name()));
    }

    @Override
    public List<String> visit(Change.AddForeignKey change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD " + H2RenderTables.foreignKey(change.foreignKey()));
    }

    @Override
    public List<String> visit(Change.DropForeignKey change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.foreignKey().name()));
    }

    @Override
    public List<String> visit(Change.AddCheck change) {
        return List.of(alterTable(change.schema(), change.table()) + "ADD " + H2RenderTables.check(change.check()));
    }

    @Override
    public List<String> visit(Change.DropCheck change) {
        return List.of(dropConstraint(change.schema(), change.table(), change.check().name()));
    }

    private static String dropConstraint(String schema, String table, String name) {
        return alterTable(schema, table) + "DROP CONSTRAINT " + ident(name);
    }

    @Override
    public List<String> visit(Change.CreateIndex change) {
        return List.of(H2RenderTables.createIndex(change.schema(), change.table(), change.index()));
    }

    @Override
    public List<String> visit(Change.DropIndex change) {
        return List.of("DROP INDEX " + qualified(change.schema(), change.index().name()));
    }

    @Override
    public List<String> visit(Change.CreateView change) {
        if (change.view().materialized()) {
            throw RenderSupport.unsupported(ENGINE, change, "there are no materialized views");
        }
        List<String> statements = new java.util.ArrayList<>();
        statements.add("CREATE VIEW " + qualified(change.view().schema(), change.view().name()) + " AS\n"
                + RenderSupport.statement(change.view().definition()));
        if (change.view().comment() != null) {
            statements.add("COMMENT ON VIEW " + qualified(change.view().schema(), change.view().name()) + " IS "
                    + RenderSupport.literal(change.view().comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(Change.DropView change) {
        return List.of("DROP VIEW " + qualified(change.view().schema(), change.view().name()));
    }

    /** An H2 routine is a {@code CREATE ALIAS}, taken as the inspector read it. */
    @Override
    public List<String> visit(Change.CreateRoutine change) {
        return List.of(RenderSupport.statement(change.routine().definition()));
    }

    @Override
    public List<String> visit(Change.DropRoutine change) {
        return List.of("DROP ALIAS " + qualified(change.routine().schema(), change.routine().name()));
    }

    @Override
    public List<String> visit(Change.CreateTrigger change) {
        return List.of(RenderSupport.statement(change.trigger().definition()));
    }

    @Override
    public List<String> visit(Change.DropTrigger change) {
        return List.of("DROP TRIGGER " + qualified(change.trigger().schema(), change.trigger().name()));
    }

    @Override
    public List<String> visit(Change.SetTableComment change) {
        return List.of(H2RenderTables.tableComment(change.schema(), change.table(), change.comment()));
    }

    @Override
    public List<String> visit(Change.SetColumnComment change) {
        return List.of(H2RenderTables.columnComment(change.schema(), change.table(), change.column(), change.comment()));
    }
}
