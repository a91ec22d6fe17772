package io.shale.dialect;

import io.shale.schema.CheckConstraint;
import io.shale.schema.ForeignKey;
import io.shale.schema.PrimaryKey;
import io.shale.schema.UniqueConstraint;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The standard-SQL pieces of table DDL, written with one engine's identifier quoting: qualified
 * names, column lists, named constraints as {@code CREATE TABLE} and {@code ADD} take them, and
 * {@code COMMENT ON}. Immutable; an engine holds one.
 */
public final class StandardTableSql {
    private final UnaryOperator<String> ident;
    private final boolean qualifies;

    /**
     * @param ident     the engine's identifier quoting
     * @param qualifies whether names carry their schema; false where the renderer never qualifies
     *                  a name (the database is the schema, or a file has one)
     */
    public StandardTableSql(UnaryOperator<String> ident, boolean qualifies) {
        this.ident = ident;
        this.qualifies = qualifies;
    }

    public String ident(String name) {
        return ident.apply(name);
    }

    /** {@code schema.name}, or the bare name when the schema is null or names are not qualified. */
    public String qualified(String schema, String name) {
        return schema == null || !qualifies ? ident(name) : ident(schema) + "." + ident(name);
    }

    /** {@code (a, b)}. */
    public String columns(List<String> names) {
        return RenderSupport.parenthesised(names, ident);
    }

    /** {@code CONSTRAINT name }, or nothing for an unnamed constraint. */
    public String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + ident(name) + " ";
    }

    public String primaryKey(PrimaryKey key) {
        return constraintName(key.name()) + "PRIMARY KEY " + columns(key.columns());
    }

    public String unique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "UNIQUE " + columns(unique.columns());
    }

    public String check(CheckConstraint check) {
        return constraintName(check.name()) + RenderSupport.checkClause(check.expression());
    }

    /** {@code FOREIGN KEY} with its referenced table (qualified) and any non-default actions. */
    public String foreignKey(ForeignKey key) {
        StringBuilder sql = new StringBuilder(constraintName(key.name()))
                .append("FOREIGN KEY ").append(columns(key.columns()))
                .append(" REFERENCES ").append(qualified(key.refSchema(), key.refTable()))
                .append(' ').append(columns(key.refColumns()));
        if (RenderSupport.isExplicitAction(key.onDelete())) {
            sql.append(" ON DELETE ").append(key.onDelete());
        }
        if (RenderSupport.isExplicitAction(key.onUpdate())) {
            sql.append(" ON UPDATE ").append(key.onUpdate());
        }
        return sql.toString();
    }

    /** {@code COMMENT ON TABLE}; a null comment removes it. */
    public String tableComment(String schema, String table, String comment) {
        return "COMMENT ON TABLE " + qualified(schema, table) + " IS " + literalOrNull(comment);
    }

    /** {@code COMMENT ON COLUMN}; a null comment removes it. */
    public String columnComment(String schema, String table, String column, String comment) {
        return "COMMENT ON COLUMN " + qualified(schema, table) + "." + ident(column) + " IS " + literalOrNull(comment);
    }

    /** {@code ALTER TABLE schema.table }, ready for the action. */
    public String alterTable(String schema, String table) {
        return "ALTER TABLE " + qualified(schema, table) + " ";
    }

    /** A standard string literal, or {@code NULL}. */
    public static String literalOrNull(String value) {
        return value == null ? "NULL" : RenderSupport.literal(value);
    }
}
