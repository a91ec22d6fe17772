package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Collation;
import io.shale.schema.Column;
import io.shale.schema.CompositeType;
import io.shale.schema.ExtendedStatistics;
import io.shale.schema.RangeType;
import io.shale.schema.ForeignKey;
import io.shale.schema.Index;
import io.shale.schema.Schema;
import io.shale.schema.Sequence;
import io.shale.schema.Table;
import io.shale.schema.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A database as far as ordering matters, by name: what {@link Replay} changes step by step. Its
 * {@link #facts()} describe it in sorted lines, so a replayed state can be compared with a catalog.
 */
final class ReplayState {
    final Set<String> schemas = new TreeSet<>();
    final Set<String> extensions = new TreeSet<>();
    final Map<String, TableState> tables = new LinkedHashMap<>();
    final Map<String, View> views = new LinkedHashMap<>();
    final Map<String, List<String>> enums = new LinkedHashMap<>();
    final Map<String, Collation> collations = new LinkedHashMap<>();
    final Map<String, CompositeType> compositeTypes = new LinkedHashMap<>();
    final Map<String, ExtendedStatistics> statistics = new LinkedHashMap<>();
    final Map<String, RangeType> rangeTypes = new LinkedHashMap<>();
    final Map<String, Sequence> sequences = new LinkedHashMap<>();
    final Map<String, String> routines = new LinkedHashMap<>();
    final Map<String, String> triggers = new LinkedHashMap<>();

    /** One table: columns by name in order, keys by name (the primary key under {@code null}). */
    static final class TableState {
        String schema;
        String name;
        final Map<String, Column> columns = new LinkedHashMap<>();
        List<String> primaryKey;
        final Map<String, List<String>> uniques = new HashMap<>();
        final Map<String, String> checks = new HashMap<>();
        final Map<String, Index> indexes = new HashMap<>();
        final Map<String, ForeignKey> foreignKeys = new HashMap<>();
        String parent;
        String comment;

        String qualifiedName() {
            return Names.qualify(schema, name);
        }

        static TableState of(Table table) {
            TableState state = new TableState();
            state.schema = table.schema();
            state.name = table.name();
            table.columns().forEach(c -> state.columns.put(c.name(), c));
            state.primaryKey = table.primaryKey() == null ? null : new ArrayList<>(table.primaryKey().columns());
            table.uniques().forEach(u -> state.uniques.put(u.name(), new ArrayList<>(u.columns())));
            table.checks().forEach(c -> state.checks.put(c.name(), c.expression().trim()));
            table.indexes().forEach(i -> state.indexes.put(i.name(), i));
            table.foreignKeys().forEach(f -> state.foreignKeys.put(f.name(), f));
            state.parent = Partitions.parent(table);
            state.comment = table.comment();
            return state;
        }
    }

    static ReplayState of(Catalog catalog) {
        ReplayState state = new ReplayState();
        catalog.extensions().forEach(e -> state.extensions.add(e.name()));
        for (Schema schema : catalog.schemas()) {
            state.schemas.add(schema.name());
            schema.tables().forEach(t -> state.tables.put(t.qualifiedName(), TableState.of(t)));
            schema.views().forEach(v -> state.views.put(Names.qualify(v.schema(), v.name()), v));
            schema.enums().forEach(e -> state.enums.put(Names.qualify(e.schema(), e.name()),
                    new ArrayList<>(e.values())));
            schema.collations().forEach(c -> state.collations.put(Names.qualify(c.schema(), c.name()), c));
            schema.compositeTypes().forEach(c -> state.compositeTypes.put(Names.qualify(c.schema(), c.name()), c));
            schema.statistics().forEach(x -> state.statistics.put(Names.qualify(x.schema(), x.name()), x));
            schema.rangeTypes().forEach(r -> state.rangeTypes.put(Names.qualify(r.schema(), r.name()), r));
            schema.sequences().forEach(s -> state.sequences.put(Names.qualify(s.schema(), s.name()), s));
            schema.routines().forEach(r -> state.routines.put(Names.qualify(r.schema(), r.signature()),
                    r.definition()));
            schema.triggers().forEach(t -> state.triggers.put(triggerKey(t.schema(), t.table(), t.name()),
                    t.definition()));
        }
        return state;
    }

    static String triggerKey(String schema, String table, String name) {
        return Names.qualify(schema, table) + "#" + name;
    }

    /** Every fact the differ is meant to bring into line, one sorted line each. */
    List<String> facts() {
        TreeSet<String> facts = new TreeSet<>();
        schemas.forEach(s -> facts.add("schema " + s));
        extensions.forEach(e -> facts.add("extension " + e));
        tables.forEach((name, t) -> {
            facts.add("table " + name + " parent " + t.parent + " comment " + t.comment);
            t.columns.values().forEach(c -> facts.add("column " + name + "." + c.name() + " "
                    + c.type().display().toLowerCase(Locale.ROOT) + " null " + c.nullable() + " default "
                    + trim(c.defaultExpression()) + " " + c.identity() + " " + trim(c.generated()) + " "
                    + c.collation() + " comment " + c.comment()));
            facts.add("primary key " + name + " " + t.primaryKey);
            t.uniques.forEach((u, cols) -> facts.add("unique " + name + "." + u + " " + cols));
            t.checks.forEach((c, e) -> facts.add("check " + name + "." + c + " " + e));
            t.indexes.forEach((i, index) -> facts.add("index " + name + "." + i + " " + index.unique() + " "
                    + index.keys() + " " + index.include() + " " + trim(index.predicate())));
            t.foreignKeys.forEach((f, key) -> facts.add("foreign key " + name + "." + f + " " + key));
        });
        views.forEach((name, v) -> facts.add("view " + name + " " + v.definition() + " " + v.materialized() + " "
                + v.comment()));
        enums.forEach((name, values) -> facts.add("enum " + name + " " + values));
        collations.forEach((name, c) -> facts.add("collation " + name + " comment " + c.comment()));
        compositeTypes.forEach((name, c) -> facts.add("composite type " + name + " " + c.attributes() + " comment "
                + c.comment()));
        statistics.forEach((name, x) -> facts.add("statistics " + name + " " + x));
        rangeTypes.forEach((name, r) -> facts.add("range type " + name + " " + r));
        sequences.forEach((name, s) -> facts.add("sequence " + name + " " + s));
        routines.forEach((name, d) -> facts.add("routine " + name + " " + d));
        triggers.forEach((name, d) -> facts.add("trigger " + name + " " + d));
        return List.copyOf(facts);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
