package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.columns;
import static io.shale.dialect.postgres.PostgresRenderNames.ident;
import static io.shale.dialect.postgres.PostgresRenderNames.literalOrNull;
import static io.shale.dialect.postgres.PostgresRenderNames.qualified;

import io.shale.dialect.RenderSupport;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Table;
import io.shale.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL DDL for tables and the objects that live on them. */
public final class PostgresRenderTables {

    private PostgresRenderTables() {
    }

    /**
     * {@code CREATE TABLE} with its columns, primary key, unique and check constraints, then its indexes
     * and comments. A partition ({@code partitionOf}) inherits its columns, keys and indexes from the parent,
     * so only its bound is written.
     */
    static List<String> create(Table table) {
        List<String> statements = new ArrayList<>();
        String name = qualified(table.schema(), table.name());
        if (table.partitionOf() != null) {
            statements.add("CREATE TABLE " + name + " PARTITION OF " + table.partitionOf());
        } else {
            List<String> lines = new ArrayList<>();
            table.columns().forEach(column -> lines.add(column(column)));
            if (table.primaryKey() != null) {
                lines.add(primaryKey(table.primaryKey()));
            }
            table.uniques().forEach(unique -> lines.add(unique(unique)));
            table.checks().forEach(check -> lines.add(check(check)));
            String body = lines.stream().map(line -> "    " + line).collect(Collectors.joining(",\n"));
            String partitioning = table.partitioning() == null ? "" : " PARTITION BY " + table.partitioning();
            statements.add("CREATE TABLE " + name + " (\n" + body + "\n)" + partitioning);
            table.indexes().forEach(index -> statements.add(createIndex(table.schema(), table.name(), index)));
        }
        if (table.comment() != null) {
            statements.add(tableComment(table.schema(), table.name(), table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                statements.add(columnComment(table.schema(), table.name(), column.name(), column.comment()));
            }
        }
        return statements;
    }

    /** A column definition as {@code CREATE TABLE} and {@code ADD COLUMN} take it. */
    static String column(Column column) {
        StringBuilder sql = new StringBuilder(ident(column.name())).append(' ').append(column.type().display());
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(ident(column.collation()));
        }
        if (column.identity() != null) {
            sql.append(' ').append(identity(column.identity()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        return sql.toString();
    }

    static String identity(Column.Identity identity) {
        return "GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (START WITH "
                + identity.start() + " INCREMENT BY " + identity.increment() + ")";
    }

    static String primaryKey(PrimaryKey key) {
        return constraintName(key.name()) + "PRIMARY KEY " + columns(key.columns());
    }

    static String unique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "UNIQUE " + columns(unique.columns());
    }

    static String check(CheckConstraint check) {
        return constraintName(check.name()) + RenderSupport.checkClause(check.expression());
    }

    static String foreignKey(ForeignKey key) {
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
        if (key.deferrable()) {
            sql.append(" DEFERRABLE");
            if (key.initiallyDeferred()) {
                sql.append(" INITIALLY DEFERRED");
            }
        }
        return sql.toString();
    }

    private static String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + ident(name) + " ";
    }

    /** The index's own definition when the inspector read one, else one built from its parts. */
    static String createIndex(String schema, String table, Index index) {
        if (index.definition() != null) {
            return RenderSupport.statement(index.definition());
        }
        StringBuilder sql = new StringBuilder("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ")
                .append(ident(index.name())).append(" ON ").append(qualified(schema, table));
        if (index.method() != null) {
            sql.append(" USING ").append(index.method());
        }
        sql.append(' ').append(RenderSupport.parenthesised(index.keys(), PostgresRenderTables::key));
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE ").append(columns(index.include()));
        }
        if (index.predicate() != null) {
            sql.append(" WHERE ").append(index.predicate());
        }
        return sql.toString();
    }

    private static String key(Index.Key key) {
        String sql = key.column() != null ? ident(key.column()) : "(" + key.expression() + ")";
        if (key.descending()) {
            sql += " DESC";
        }
        if (key.nullsFirst() != null) {
            sql += key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST";
        }
        return sql;
    }

    static String tableComment(String schema, String table, String comment) {
        return "COMMENT ON TABLE " + qualified(schema, table) + " IS " + literalOrNull(comment);
    }

    static String columnComment(String schema, String table, String column, String comment) {
        return "COMMENT ON COLUMN " + qualified(schema, table) + "." + ident(column) + " IS " + literalOrNull(comment);
    }

    static String alterTable(String schema, String table) {
        return "ALTER TABLE " + qualified(schema, table) + " ";
    }
}
