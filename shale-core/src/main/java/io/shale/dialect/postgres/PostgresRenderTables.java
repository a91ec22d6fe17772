package io.shale.dialect.postgres;

import static io.shale.dialect.postgres.PostgresRenderNames.columns;
import static io.shale.dialect.postgres.PostgresRenderNames.ident;
import static io.shale.dialect.postgres.PostgresRenderNames.qualified;

import io.shale.dialect.RenderSupport;
import io.shale.dialect.StandardTableSql;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ExclusionConstraint;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** PostgreSQL DDL for tables and the objects that live on them. */
public final class PostgresRenderTables {

    /** Constraints, comments and {@code ALTER TABLE} in standard SQL with this engine's names. */
    static final StandardTableSql SQL = new StandardTableSql(PostgresRenderNames::ident, true);

    private static final Pattern ON_ONLY = Pattern.compile(" ON ONLY ");

    private PostgresRenderTables() {
    }

    /**
     * {@code CREATE TABLE} with its columns, primary key, unique, check and exclusion constraints, then its indexes
     * and comments; a {@code NOT VALID} check is added after the table, where it stays unvalidated.
     * A partition ({@code partitionOf}) inherits its columns, keys and indexes from the parent, so
     * its bound is written (and its own partition key when it is partitioned in turn), then only what it
     * has of its own.
     */
    static List<String> create(Table table) {
        List<String> statements = new ArrayList<>();
        String name = qualified(table.schema(), table.name());
        if (table.partitionOf() != null) {
            statements.add("CREATE " + (table.unlogged() ? "UNLOGGED " : "") + "TABLE " + name + " PARTITION OF "
                    + table.partitionOf() + (table.partitioning() == null ? "" : " PARTITION BY " + table.partitioning()));
            statements.addAll(partitionLocal(table));
        } else {
            List<String> lines = new ArrayList<>();
            table.columns().forEach(column -> lines.add(column(column)));
            if (table.primaryKey() != null) {
                lines.add(PostgresRenderConstraints.primaryKey(table.primaryKey()));
            }
            table.uniques().forEach(unique -> lines.add(PostgresRenderConstraints.unique(unique)));
            table.checks().stream().filter(check -> !check.notValid()).forEach(check -> lines.add(SQL.check(check)));
            table.exclusions().forEach(exclusion -> lines.add(exclusion(exclusion)));
            String body = lines.stream().map(line -> "    " + line).collect(Collectors.joining(",\n"));
            String partitioning = table.partitioning() == null ? "" : " PARTITION BY " + table.partitioning();
            statements.add("CREATE " + (table.unlogged() ? "UNLOGGED " : "") + "TABLE " + name + " (\n" + body + "\n)"
                    + partitioning);
            table.checks().stream().filter(CheckConstraint::notValid).forEach(check -> statements.add(
                    SQL.alterTable(table.schema(), table.name()) + "ADD " + PostgresRenderConstraints.check(check)));
            table.indexes().forEach(index -> statements.add(createIndex(table.schema(), table.name(), index)));
        }
        if (table.comment() != null) {
            statements.add(SQL.tableComment(table.schema(), table.name(), table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                statements.add(SQL.columnComment(table.schema(), table.name(), column.name(), column.comment()));
            }
        }
        return statements;
    }

    /**
     * What a partition has of its own beside what the parent gives it: keys, checks and indexes that
     * the inspector read as local (inherited ones are left out by the inspector).
     */
    private static List<String> partitionLocal(Table table) {
        List<String> statements = new ArrayList<>();
        String alter = SQL.alterTable(table.schema(), table.name()) + "ADD ";
        if (table.primaryKey() != null) {
            statements.add(alter + PostgresRenderConstraints.primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(unique -> statements.add(alter + PostgresRenderConstraints.unique(unique)));
        table.checks().forEach(check -> statements.add(alter + PostgresRenderConstraints.check(check)));
        table.exclusions().forEach(exclusion -> statements.add(alter + exclusion(exclusion)));
        table.indexes().forEach(index -> statements.add(createIndex(table.schema(), table.name(), index)));
        return statements;
    }

    /** An exclusion constraint as {@code CREATE TABLE} and {@code ADD} take it. */
    static String exclusion(ExclusionConstraint exclusion) {
        return "CONSTRAINT " + ident(exclusion.name()) + " " + exclusion.definition();
    }

    /** A column definition as {@code CREATE TABLE} and {@code ADD COLUMN} take it. */
    static String column(Column column) {
        StringBuilder sql = new StringBuilder(ident(column.name())).append(' ').append(column.type().display());
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(PostgresRenderNames.collation(column.collation()));
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

    /** The standard key, then PostgreSQL's deferrability and {@code NOT VALID}. */
    static String foreignKey(ForeignKey key) {
        return PostgresRenderConstraints.foreignKey(key);
    }

    /**
     * The index's own definition when the inspector read one, else one built from its parts. The
     * definition of a partitioned table's index reads {@code ON ONLY parent}; it is written {@code ON
     * parent}, so that the index reaches every partition and is valid.
     */
    static String createIndex(String schema, String table, Index index) {
        if (index.definition() != null) {
            return RenderSupport.statement(ON_ONLY.matcher(index.definition()).replaceFirst(" ON "));
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
}
