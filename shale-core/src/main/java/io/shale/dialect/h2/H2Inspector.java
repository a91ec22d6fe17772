package io.shale.dialect.h2;

import io.shale.dialect.Inspector;
import io.shale.dialect.h2.H2InspectConstraints.TableConstraints;
import io.shale.dialect.h2.H2InspectQuery.Name;
import io.shale.schema.Catalog;
import io.shale.schema.Column;
import io.shale.schema.Index;
import io.shale.schema.Routine;
import io.shale.schema.Schema;
import io.shale.schema.Sequence;
import io.shale.schema.Table;
import io.shale.schema.Trigger;
import io.shale.schema.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the catalog of an H2 2.x database from INFORMATION_SCHEMA with one query per kind of object
 * for all inspected schemas together, however many tables they hold.
 *
 * <p>Names are as H2 stores them: upper case for unquoted identifiers ({@code PUBLIC.USERS}), so the
 * skip predicate is given {@code USERS} and should match names case-insensitively. With no schemas
 * asked for, the connection's current schema is read ({@code PUBLIC} by default); schemas that do not
 * exist are left out, and {@code INFORMATION_SCHEMA} never appears. Column types are described by
 * {@link H2InspectTypes}; defaults, generated expressions, checks and view definitions are as H2
 * normalised them. A view's {@code dependsOn} lists the inspected tables and views its definition
 * names as {@code "SCHEMA"."NAME"} (how H2 prints every table reference). H2 has no enum types (ENUM
 * is a column type), no extensions and no materialized views.
 *
 * <p>Reported in {@code unsupported}: tables of other kinds than base tables and views (linked,
 * external, temporary), domains, constants, synonyms, aggregates and source-code triggers. Stateless;
 * runs only queries, so the connection's transaction state is untouched.
 */
public final class H2Inspector implements Inspector {

    private static final Pattern TABLE_REFERENCE = Pattern.compile("\"((?:[^\"]|\"\")+)\"\\.\"((?:[^\"]|\"\")+)\"");

    private record Relation(Name name, String type, String comment) {
    }

    private record SchemaRow(String name, String comment) {
    }

    private record ViewRow(Name name, String definition) {
    }

    public H2Inspector() {
    }

    @Override
    public Catalog inspect(Connection connection, List<String> schemas, Predicate<String> skipTable)
            throws SQLException {
        List<String> asked = schemas.isEmpty() ? List.of(connection.getSchema()) : List.copyOf(new TreeSet<>(schemas));
        List<SchemaRow> found = H2InspectQuery.list(connection, "SELECT SCHEMA_NAME, REMARKS"
                + " FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME <> 'INFORMATION_SCHEMA' AND SCHEMA_NAME IN (%s)"
                + " ORDER BY SCHEMA_NAME", asked, r -> new SchemaRow(r.getString(1), r.getString(2)));
        List<String> names = found.stream().map(SchemaRow::name).toList();
        if (names.isEmpty()) {
            return Catalog.empty();
        }
        List<String> unsupported = new ArrayList<>();
        List<Relation> relations = H2InspectQuery.list(connection, "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, REMARKS"
                + " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA IN (%s)", names,
                r -> new Relation(new Name(r.getString(1), r.getString(2)), r.getString(3), r.getString(4)));
        Map<Name, List<Column>> columns = H2InspectColumns.read(connection, names);
        Map<Name, TableConstraints> constraints = H2InspectConstraints.read(connection, names);
        Map<Name, List<Index>> indexes = H2InspectIndexes.read(connection, names);
        List<ViewRow> viewRows = H2InspectQuery.list(connection, "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION"
                + " FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA IN (%s)", names,
                r -> new ViewRow(new Name(r.getString(1), r.getString(2)), r.getString(3)));
        List<Sequence> sequences = H2InspectObjects.sequences(connection, names);
        List<Trigger> triggers = H2InspectObjects.triggers(connection, names, unsupported);
        List<Routine> routines = H2InspectObjects.routines(connection, names, unsupported);
        unsupported.addAll(H2InspectObjects.unmodelled(connection, names));

        Set<Name> known = relations.stream().map(Relation::name).collect(Collectors.toSet());
        Map<Name, String> viewDefinitions = viewRows.stream()
                .collect(Collectors.toMap(ViewRow::name, v -> v.definition() == null ? "" : v.definition()));
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (Relation relation : relations) {
            Name name = relation.name();
            switch (relation.type()) {
                case "BASE TABLE" -> {
                    if (!skipTable.test(name.name())) {
                        TableConstraints c = constraints.getOrDefault(name, TableConstraints.NONE);
                        tables.add(new Table(name.schema(), name.name(), columns.getOrDefault(name, List.of()),
                                c.primaryKey(), c.uniques(), c.foreignKeys(), c.checks(),
                                indexes.getOrDefault(name, List.of()), null, null, relation.comment()));
                    }
                }
                case "VIEW" -> {
                    String definition = viewDefinitions.getOrDefault(name, "");
                    views.add(new View(name.schema(), name.name(), definition, false,
                            dependsOn(name, definition, known), relation.comment()));
                }
                default -> unsupported.add(relation.type().toLowerCase(java.util.Locale.ROOT) + " " + name.qualified());
            }
        }
        List<Schema> result = new ArrayList<>();
        for (SchemaRow schema : found) {
            String s = schema.name();
            result.add(new Schema(s,
                    sorted(tables, s, Table::schema, Table::name),
                    sorted(views, s, View::schema, View::name),
                    List.of(),
                    sorted(sequences, s, Sequence::schema, Sequence::name),
                    sorted(routines, s, Routine::schema, Routine::name),
                    sorted(triggers.stream().filter(t -> !skipTable.test(t.table())).toList(), s, Trigger::schema,
                            Trigger::name),
                    schema.comment()));
        }
        unsupported.sort(null);
        return new Catalog(result, List.of(), unsupported);
    }

    private static List<String> dependsOn(Name view, String definition, Set<Name> known) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = TABLE_REFERENCE.matcher(definition);
        while (m.find()) {
            Name name = new Name(m.group(1).replace("\"\"", "\""), m.group(2).replace("\"\"", "\""));
            if (known.contains(name) && !name.equals(view)) {
                found.add(name.qualified());
            }
        }
        return List.copyOf(found);
    }

    private static <T> List<T> sorted(List<T> all, String schema, java.util.function.Function<T, String> schemaOf,
                                      java.util.function.Function<T, String> nameOf) {
        return all.stream().filter(o -> schema.equals(schemaOf.apply(o))).sorted(Comparator.comparing(nameOf)).toList();
    }
}
