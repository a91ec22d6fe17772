package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.ident;
import static io.shale.dialect.postgres.PostgresRenderNames.qualified;

import io.shale.dialect.RenderSupport;
import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.EnumType;
import io.shale.schema.Sequence;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** PostgreSQL enum types and sequences. */
public final class PostgresRenderTypes {

    private PostgresRenderTypes() {
    }

    static String createEnum(EnumType type) {
        return "CREATE TYPE " + qualified(type.schema(), type.name()) + " AS ENUM "
                + RenderSupport.parenthesised(type.values(), RenderSupport::literal);
    }

    static String dropEnum(EnumType type) {
        return "DROP TYPE " + qualified(type.schema(), type.name());
    }

    /**
     * {@code ALTER TYPE ... ADD VALUE}. Since PostgreSQL 12 it may run inside a transaction, but the new
     * value cannot be used before that transaction commits.
     */
    static String addEnumValue(Change.AddEnumValue change) {
        String sql = "ALTER TYPE " + qualified(change.enumType().schema(), change.enumType().name())
                + " ADD VALUE " + RenderSupport.literal(change.value());
        if (change.before() != null) {
            sql += " BEFORE " + RenderSupport.literal(change.before());
        } else if (change.after() != null) {
            sql += " AFTER " + RenderSupport.literal(change.after());
        }
        return sql;
    }

    /**
     * Rename the old type away, create the new one, cast every column through {@code text}, drop the old.
     * A column default is dropped before its cast and set again after (it names the old type and would not
     * cast by itself).
     */
    static List<String> recreateEnum(Change.RecreateEnum change, Catalog from, Catalog to) {
        EnumType type = change.to();
        String name = qualified(type.schema(), type.name());
        String oldName = type.name() + "_old";
        List<String> statements = new ArrayList<>();
        statements.add("-- WARNING: enum " + name + " is recreated because values were removed or reordered ("
                + String.join(", ", change.from().values()) + " -> " + String.join(", ", type.values())
                + "); the casts fail if a row holds a value that no longer exists");
        statements.add("ALTER TYPE " + name + " RENAME TO " + ident(oldName));
        statements.add(createEnum(type));
        for (String qualifiedColumn : change.columns()) {
            statements.addAll(castColumn(qualifiedColumn, name, from, to));
        }
        statements.add("DROP TYPE " + qualified(type.schema(), oldName));
        return statements;
    }

    private static List<String> castColumn(String qualifiedColumn, String typeName, Catalog from, Catalog to) {
        int first = qualifiedColumn.indexOf('.');
        int last = qualifiedColumn.lastIndexOf('.');
        String schema = qualifiedColumn.substring(0, first);
        String table = qualifiedColumn.substring(first + 1, last);
        String column = qualifiedColumn.substring(last + 1);
        Optional<Column> before = column(from, schema, table, column);
        Optional<Column> after = column(to, schema, table, column);
        String arrays = "[]".repeat(after.or(() -> before).map(c -> c.type().array()).orElse(0));
        String alter = PostgresRenderTables.SQL.alterTable(schema, table) + "ALTER COLUMN " + ident(column) + " ";
        List<String> statements = new ArrayList<>();
        boolean hadDefault = before.map(c -> c.defaultExpression() != null).orElse(false);
        if (hadDefault) {
            statements.add(alter + "DROP DEFAULT");
        }
        statements.add(alter + "TYPE " + typeName + arrays + " USING " + ident(column) + "::text" + arrays + "::"
                + typeName + arrays);
        after.map(Column::defaultExpression)
                .filter(expression -> hadDefault)
                .ifPresent(expression -> statements.add(alter + "SET DEFAULT " + expression));
        return statements;
    }

    private static Optional<Column> column(Catalog catalog, String schema, String table, String column) {
        return catalog.table(schema, table).flatMap(t -> t.column(column));
    }

    /** {@code CREATE SEQUENCE} with every option; {@code OWNED BY} is a separate statement (see the renderer). */
    static String createSequence(Sequence sequence) {
        return "CREATE SEQUENCE " + qualified(sequence.schema(), sequence.name()) + " AS " + sequence.dataType()
                + " START WITH " + sequence.start() + " INCREMENT BY " + sequence.increment()
                + " MINVALUE " + sequence.min() + " MAXVALUE " + sequence.max()
                + (sequence.cycle() ? " CYCLE" : " NO CYCLE");
    }

    static String ownedBy(Sequence sequence) {
        return "ALTER SEQUENCE " + qualified(sequence.schema(), sequence.name()) + " OWNED BY " + owner(sequence);
    }

    private static String owner(Sequence sequence) {
        if (sequence.ownedBy() == null) {
            return "NONE";
        }
        int dot = sequence.ownedBy().lastIndexOf('.');
        return qualified(sequence.schema(), sequence.ownedBy().substring(0, dot)) + "."
                + ident(sequence.ownedBy().substring(dot + 1));
    }

    /** Only the options that changed. */
    static String alterSequence(Sequence from, Sequence to) {
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE ").append(qualified(to.schema(), to.name()));
        if (!from.dataType().equals(to.dataType())) {
            sql.append(" AS ").append(to.dataType());
        }
        sql.append(RenderSupport.changedSequenceOptions(from, to));
        if (!Objects.equals(from.ownedBy(), to.ownedBy())) {
            sql.append(" OWNED BY ").append(owner(to));
        }
        return sql.toString();
    }

    /**
     * An owned sequence goes away with its column, so it may already be gone when its own drop comes.
     */
    static String dropSequence(Sequence sequence) {
        return "DROP SEQUENCE " + (sequence.ownedBy() == null ? "" : "IF EXISTS ")
                + qualified(sequence.schema(), sequence.name());
    }
}
