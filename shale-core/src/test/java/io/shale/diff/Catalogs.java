package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Collation;
import io.shale.schema.CompositeType;
import io.shale.schema.Domain;
import io.shale.schema.EnumType;
import io.shale.schema.ExtendedStatistics;
import io.shale.schema.Extension;
import io.shale.schema.RangeType;
import io.shale.schema.Routine;
import io.shale.schema.Schema;
import io.shale.schema.Sequence;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds catalogs for differ tests: {@code Catalogs.catalog().with(Catalogs.table("users").column("id",
 * "integer").pk("id")).build()}. Objects without a schema of their own land in {@code public}; lists
 * come out sorted by name as an inspector gives them.
 */
final class Catalogs {
    static final String PUBLIC = "public";

    private final List<String> schemas = new ArrayList<>(List.of(PUBLIC));
    private final Map<String, String> schemaComments = new TreeMap<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<View> views = new ArrayList<>();
    private final List<EnumType> enums = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private final List<Routine> routines = new ArrayList<>();
    private final List<Trigger> triggers = new ArrayList<>();
    private final List<Collation> collations = new ArrayList<>();
    private final List<CompositeType> compositeTypes = new ArrayList<>();
    private final List<Domain> domains = new ArrayList<>();
    private final List<ExtendedStatistics> statistics = new ArrayList<>();
    private final List<RangeType> rangeTypes = new ArrayList<>();
    private final List<Extension> extensions = new ArrayList<>();
    private final List<String> unsupported = new ArrayList<>();

    static Catalogs catalog() {
        return new Catalogs();
    }

    static TableBuilder table(String name) {
        return new TableBuilder(PUBLIC, name);
    }

    static TableBuilder table(String schema, String name) {
        return new TableBuilder(schema, name);
    }

    Catalogs schema(String name) {
        if (!schemas.contains(name)) {
            schemas.add(name);
        }
        return this;
    }

    Catalogs schemaComment(String name, String comment) {
        schemaComments.put(name, comment);
        return this;
    }

    Catalogs with(TableBuilder... builders) {
        for (TableBuilder builder : builders) {
            schema(builder.schema());
            tables.add(builder.build());
        }
        return this;
    }

    Catalogs view(String name, String definition, String... dependsOn) {
        views.add(new View(PUBLIC, name, definition, false, List.of(dependsOn).stream().sorted().toList(), null));
        return this;
    }

    Catalogs commentedView(String name, String definition, String comment) {
        views.add(new View(PUBLIC, name, definition, false, List.of(), comment));
        return this;
    }

    Catalogs materializedView(String name, String definition, String... dependsOn) {
        views.add(new View(PUBLIC, name, definition, true, List.of(dependsOn).stream().sorted().toList(), null));
        return this;
    }

    Catalogs enumType(String name, String... values) {
        enums.add(new EnumType(PUBLIC, name, List.of(values)));
        return this;
    }

    /** An ICU collation in {@code public}; nondeterministic when {@code deterministic} is false. */
    Catalogs collation(String name, String locale, boolean deterministic, String comment) {
        collations.add(new Collation(PUBLIC, name, "icu", locale, null, null, deterministic, null, comment));
        return this;
    }

    /** A composite type in {@code public}; {@code attributes} are name and type pairs. */
    Catalogs compositeType(String name, String comment, String... attributes) {
        List<CompositeType.Attribute> list = new ArrayList<>();
        for (int i = 0; i < attributes.length; i += 2) {
            list.add(new CompositeType.Attribute(attributes[i], attributes[i + 1], null));
        }
        compositeTypes.add(new CompositeType(PUBLIC, name, list, comment));
        return this;
    }

    /** An extended statistics object in {@code public} on a table there, of every kind. */
    Catalogs statistics(String name, String table, String on, Integer target, String comment) {
        statistics.add(new ExtendedStatistics(PUBLIC, name, PUBLIC, table, List.of(), on, target, comment));
        return this;
    }

    /** A range type in {@code public}; {@code subtypeDiff} may be null. */
    Catalogs rangeType(String name, String subtype, String subtypeDiff, String comment) {
        rangeTypes.add(new RangeType(PUBLIC, name, subtype, null, null, null, subtypeDiff, null, comment));
        return this;
    }

    Catalogs domain(String name, String baseType) {
        domains.add(new Domain(PUBLIC, name, baseType, null, null, false, List.of(), null));
        return this;
    }

    Catalogs sequence(String name, long increment, String ownedBy) {
        sequences.add(new Sequence(PUBLIC, name, "bigint", 1, increment, 1, Long.MAX_VALUE, false, ownedBy));
        return this;
    }

    Catalogs routine(String signature, String definition) {
        routines.add(new Routine(PUBLIC, signature.substring(0, signature.indexOf('(')), signature, definition));
        return this;
    }

    Catalogs trigger(String table, String name, String definition) {
        triggers.add(new Trigger(PUBLIC, table, name, definition));
        return this;
    }

    Catalogs extension(String name, String version) {
        extensions.add(new Extension(name, PUBLIC, version));
        return this;
    }

    Catalogs unsupported(String line) {
        unsupported.add(line);
        return this;
    }

    Catalog build() {
        List<Schema> built = schemas.stream().sorted().map(s -> new Schema(s,
                in(s, tables, Table::schema, Table::name),
                in(s, views, View::schema, View::name),
                in(s, enums, EnumType::schema, EnumType::name),
                in(s, sequences, Sequence::schema, Sequence::name),
                in(s, routines, Routine::schema, Routine::signature),
                in(s, triggers, Trigger::schema, t -> t.table() + "." + t.name()),
                schemaComments.get(s), in(s, domains, Domain::schema, Domain::name), List.of(), List.of(),
                in(s, collations, Collation::schema, Collation::name), List.of(),
                in(s, compositeTypes, CompositeType::schema, CompositeType::name),
                in(s, statistics, ExtendedStatistics::schema, ExtendedStatistics::name),
                in(s, rangeTypes, RangeType::schema, RangeType::name))).toList();
        return new Catalog(built, extensions.stream().sorted(Comparator.comparing(Extension::name)).toList(),
                unsupported);
    }

    private static <T> List<T> in(String schema, List<T> all, Function<T, String> schemaOf, Function<T, String> name) {
        return all.stream().filter(o -> schema.equals(schemaOf.apply(o))).sorted(Comparator.comparing(name)).toList();
    }
}
