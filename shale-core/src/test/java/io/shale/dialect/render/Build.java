package io.shale.dialect.render;

import io.shale.schema.Catalog;
import io.shale.schema.CheckConstraint;
import io.shale.schema.Column;
import io.shale.schema.ColumnType;
import io.shale.schema.EnumType;
import io.shale.schema.Extension;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.PrimaryKey;
import io.shale.schema.Routine;
import io.shale.schema.Schema;
import io.shale.schema.Sequence;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.UniqueConstraint;
import io.shale.schema.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small builders for catalog objects in renderer tests. */
final class Build {

    private Build() {
    }

    /** A nullable column of the type as the engine prints it. */
    static Col col(String name, String display) {
        return new Col(name, display, true, null, null, null, null, null);
    }

    static ColumnType type(String display) {
        String base = display.replaceAll("\\(.*\\)", "").replace("[]", "").strip().toLowerCase(Locale.ROOT);
        int arrays = (display.length() - display.replace("[]", "").length()) / 2;
        return new ColumnType(base, null, null, null, arrays, display);
    }

    record Col(String name, String display, boolean nullable, String defaultExpression, Column.Identity identity,
               String generated, String collation, String comment) {
        Col notNull() {
            return new Col(name, display, false, defaultExpression, identity, generated, collation, comment);
        }

        Col defaultTo(String expression) {
            return new Col(name, display, nullable, expression, identity, generated, collation, comment);
        }

        Col identity(boolean always, long start, long increment) {
            return new Col(name, display, false, defaultExpression, new Column.Identity(always, start, increment),
                    generated, collation, comment);
        }

        Col generated(String expression) {
            return new Col(name, display, nullable, defaultExpression, identity, expression, collation, comment);
        }

        Col collate(String value) {
            return new Col(name, display, nullable, defaultExpression, identity, generated, value, comment);
        }

        Col comment(String value) {
            return new Col(name, display, nullable, defaultExpression, identity, generated, collation, value);
        }

        Column build() {
            return new Column(name, type(display), nullable, defaultExpression, identity, generated, collation, comment);
        }
    }

    static Tab table(String schema, String name) {
        return new Tab(schema, name);
    }

    static final class Tab {
        private final String schema;
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private String partitioning;
        private String partitionOf;
        private String comment;

        private Tab(String schema, String name) {
            this.schema = schema;
            this.name = name;
        }

        Tab col(Col... added) {
            Arrays.stream(added).map(Col::build).forEach(columns::add);
            return this;
        }

        Tab pk(String constraint, String... keyColumns) {
            primaryKey = new PrimaryKey(constraint, List.of(keyColumns));
            return this;
        }

        Tab unique(String constraint, String... keyColumns) {
            uniques.add(new UniqueConstraint(constraint, List.of(keyColumns)));
            return this;
        }

        Tab check(String constraint, String expression) {
            checks.add(new CheckConstraint(constraint, expression));
            return this;
        }

        Tab fk(ForeignKey key) {
            foreignKeys.add(key);
            return this;
        }

        Tab index(Index index) {
            indexes.add(index);
            return this;
        }

        Tab partitioning(String value) {
            partitioning = value;
            return this;
        }

        Tab partitionOf(String value) {
            partitionOf = value;
            return this;
        }

        Tab comment(String value) {
            comment = value;
            return this;
        }

        Table build() {
            return new Table(schema, name, columns, primaryKey, uniques, foreignKeys, checks, indexes, partitioning,
                    partitionOf, comment);
        }
    }

    static ForeignKey fk(String name, List<String> columns, String refSchema, String refTable, List<String> refColumns,
                         String onDelete) {
        return new ForeignKey(name, columns, refSchema, refTable, refColumns, onDelete, "NO ACTION", false, false);
    }

    /** A plain index on columns, with no printed definition. */
    static Index index(String name, boolean unique, String... columns) {
        return new Index(name, unique, null, Arrays.stream(columns).map(c -> new Index.Key(c, null, false, null)).toList(),
                List.of(), null, null);
    }

    static Index indexWithDefinition(String name, String definition) {
        return new Index(name, false, "btree", List.of(), List.of(), null, definition);
    }

    static EnumType enumType(String schema, String name, String... values) {
        return new EnumType(schema, name, List.of(values));
    }

    static Sequence sequence(String schema, String name, String ownedBy) {
        return new Sequence(schema, name, "bigint", 1, 1, 1, Long.MAX_VALUE, false, ownedBy);
    }

    static View view(String schema, String name, String definition) {
        return new View(schema, name, definition, false, List.of(), null);
    }

    static Routine routine(String schema, String name, String signature, String definition) {
        return new Routine(schema, name, signature, definition);
    }

    static Trigger trigger(String schema, String table, String name, String definition) {
        return new Trigger(schema, table, name, definition);
    }

    static Extension extension(String name, String schema) {
        return new Extension(name, schema, "1.0");
    }

    /** A catalog of one schema holding the given tables. */
    static Catalog catalog(String schema, Table... tables) {
        return new Catalog(List.of(new Schema(schema, List.of(tables), List.of(), List.of(), List.of(), List.of(),
                List.of(), null)), List.of(), List.of());
    }

    /** A catalog of one schema holding tables and triggers. */
    static Catalog catalog(String schema, List<Table> tables, List<Trigger> triggers, List<View> views) {
        return new Catalog(List.of(new Schema(schema, tables, views, List.of(), List.of(), List.of(), triggers, null)),
                List.of(), List.of());
    }
}
