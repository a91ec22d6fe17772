package io.shale.diff;

import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ColumnType;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Table;
import io.shale.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link Table} for differ tests. {@code column} adds a nullable column, or replaces the
 * column of that name in place; {@code notNull}, {@code defaultTo}, ... change the column named last.
 */
final class TableBuilder {
    private static final Pattern TYPE = Pattern.compile("([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?((?:\\[\\])*)");

    private final String schema;
    private String name;
    private final List<Column> columns = new ArrayList<>();
    private String current;
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private String partitioning;
    private String partitionOf;
    private String comment;

    TableBuilder(String schema, String name) {
        this.schema = schema;
        this.name = name;
    }

    String schema() {
        return schema;
    }

    TableBuilder named(String newName) {
        this.name = newName;
        return this;
    }

    TableBuilder column(String column, String type) {
        current = column;
        Column created = new Column(column, type(type), true, null, null, null, null, null);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                Column old = columns.get(i);
                columns.set(i, new Column(column, type(type), old.nullable(), old.defaultExpression(), old.identity(),
                        old.generated(), old.collation(), old.comment()));
                return this;
            }
        }
        columns.add(created);
        return this;
    }

    TableBuilder without(String column) {
        columns.removeIf(c -> c.name().equals(column));
        return this;
    }

    TableBuilder notNull() {
        return change(c -> new Column(c.name(), c.type(), false, c.defaultExpression(), c.identity(), c.generated(),
                c.collation(), c.comment()));
    }

    TableBuilder nullable() {
        return change(c -> new Column(c.name(), c.type(), true, c.defaultExpression(), c.identity(), c.generated(),
                c.collation(), c.comment()));
    }

    TableBuilder defaultTo(String expression) {
        return change(c -> new Column(c.name(), c.type(), c.nullable(), expression, c.identity(), c.generated(),
                c.collation(), c.comment()));
    }

    TableBuilder identity(boolean always) {
        return change(c -> new Column(c.name(), c.type(), false, c.defaultExpression(),
                new Column.Identity(always, 1, 1), c.generated(), c.collation(), c.comment()));
    }

    TableBuilder generated(String expression) {
        return change(c -> new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(), c.identity(),
                expression, c.collation(), c.comment()));
    }

    TableBuilder collate(String collation) {
        return change(c -> new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(), c.identity(),
                c.generated(), collation, c.comment()));
    }

    TableBuilder columnComment(String text) {
        return change(c -> new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(), c.identity(),
                c.generated(), c.collation(), text));
    }

    /** Makes {@code column} the one that the column modifiers change. */
    TableBuilder at(String column) {
        current = column;
        return this;
    }

    TableBuilder pk(String... pkColumns) {
        primaryKey = new PrimaryKey(name + "_pkey", List.of(pkColumns));
        return this;
    }

    TableBuilder noPk() {
        primaryKey = null;
        return this;
    }

    TableBuilder unique(String constraint, String... uniqueColumns) {
        uniques.removeIf(u -> u.name().equals(constraint));
        uniques.add(new UniqueConstraint(constraint, List.of(uniqueColumns)));
        return this;
    }

    TableBuilder check(String constraint, String expression) {
        checks.removeIf(c -> c.name().equals(constraint));
        checks.add(new CheckConstraint(constraint, expression));
        return this;
    }

    TableBuilder index(String index, String... indexColumns) {
        return index(index, false, indexColumns);
    }

    TableBuilder uniqueIndex(String index, String... indexColumns) {
        return index(index, true, indexColumns);
    }

    private TableBuilder index(String index, boolean unique, String... indexColumns) {
        indexes.removeIf(i -> i.name().equals(index));
        List<Index.Key> keys = Arrays.stream(indexColumns).map(c -> new Index.Key(c, null, false, null)).toList();
        indexes.add(new Index(index, unique, "btree", keys, List.of(), null, null));
        return this;
    }

    TableBuilder dropConstraint(String constraint) {
        uniques.removeIf(u -> u.name().equals(constraint));
        checks.removeIf(c -> c.name().equals(constraint));
        indexes.removeIf(i -> i.name().equals(constraint));
        foreignKeys.removeIf(f -> f.name().equals(constraint));
        return this;
    }

    /** A single-column foreign key to a table in the same schema. */
    TableBuilder fk(String constraint, String column, String refTable, String refColumn) {
        return fk(constraint, List.of(column), refTable, List.of(refColumn), "NO ACTION");
    }

    TableBuilder fk(String constraint, List<String> fkColumns, String refTable, List<String> refColumns,
                    String onDelete) {
        foreignKeys.removeIf(f -> f.name().equals(constraint));
        foreignKeys.add(new ForeignKey(constraint, fkColumns, schema, refTable, refColumns, onDelete, "NO ACTION",
                false, false));
        return this;
    }

    TableBuilder partitionBy(String key) {
        partitioning = key;
        return this;
    }

    TableBuilder partitionOf(String parentAndBound) {
        partitionOf = parentAndBound;
        return this;
    }

    TableBuilder comment(String text) {
        comment = text;
        return this;
    }

    Table build() {
        return new Table(schema, name, columns, primaryKey, uniques, foreignKeys, checks, indexes, partitioning,
                partitionOf, comment);
    }

    /** {@code character varying(100)}, {@code numeric(10,2)}, {@code integer[]} and the like. */
    static ColumnType type(String display) {
        Matcher m = TYPE.matcher(display);
        if (!m.matches()) {
            return new ColumnType(display, null, null, null, 0, display);
        }
        String base = m.group(1).trim();
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        boolean character = base.contains("char");
        return new ColumnType(base, character ? first : null, character ? null : first, second,
                m.group(4).length() / 2, display);
    }

    private TableBuilder change(UnaryOperator<Column> change) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(current)) {
                columns.set(i, change.apply(columns.get(i)));
                return this;
            }
        }
        throw new IllegalStateException("no column " + current + " in " + name);
    }
}
