package io.shale.dialect.h2;

import io.shale.dialect.h2.H2InspectQuery.Name;
import io.shale.schema.Routine;
import io.shale.schema.Sequence;
import io.shale.schema.Trigger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the schema-level objects other than tables and views: sequences (identity columns' own are
 * not listed by H2), triggers, routines ({@code CREATE ALIAS}) and the objects Shale cannot model.
 * H2 keeps no trigger or alias statement, so their definitions are rebuilt from the catalog in H2's
 * syntax; a trigger given as source code ({@code AS}) has no class and is reported as unsupported.
 * One alias may have several overloads (an alias for an overloaded Java method): it is one
 * {@link Routine} whose signature lists each overload, sorted, separated by {@code " | "}.
 */
final class H2InspectObjects {

    private record TriggerRow(Name name, String event, Name table, String orientation, String timing,
                              String javaClass, int queueSize, boolean noWait) {
    }

    private static final List<String> EVENTS = List.of("INSERT", "UPDATE", "DELETE", "SELECT", "ROLLBACK");
    private static final int DEFAULT_QUEUE_SIZE = 1024;

    private record RoutineRow(Name name, String specificName, String type, String definition) {
    }

    private record Parameter(Name specificName, int position, String type) {
    }

    private H2InspectObjects() {
    }

    static List<Sequence> sequences(Connection connection, List<String> schemas) throws SQLException {
        return H2InspectQuery.list(connection, "SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, DATA_TYPE, START_VALUE,"
                + " INCREMENT, MINIMUM_VALUE, MAXIMUM_VALUE, CYCLE_OPTION FROM INFORMATION_SCHEMA.SEQUENCES"
                + " WHERE SEQUENCE_SCHEMA IN (%s)", schemas,
                r -> new Sequence(r.getString(1), r.getString(2), r.getString(3).toLowerCase(java.util.Locale.ROOT),
                        r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), "YES".equals(r.getString(8)), null));
    }

    /**
     * Triggers, and a line in {@code unsupported} for each that H2 cannot print. H2 lists a trigger
     * once per event; the events are put back together in H2's order (INSERT, UPDATE, DELETE, SELECT).
     */
    static List<Trigger> triggers(Connection connection, List<String> schemas, List<String> unsupported)
            throws SQLException {
        Map<Name, List<TriggerRow>> byName = new TreeMap<>(Comparator.comparing(Name::schema)
                .thenComparing(Name::name));
        for (TriggerRow row : H2InspectQuery.list(connection, "SELECT TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_MANIPULATION,"
                + " EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, ACTION_ORIENTATION, ACTION_TIMING, JAVA_CLASS, QUEUE_SIZE,"
                + " NO_WAIT FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA IN (%s)", schemas,
                r -> new TriggerRow(new Name(r.getString(1), r.getString(2)), r.getString(3),
                        new Name(r.getString(4), r.getString(5)), r.getString(6), r.getString(7), r.getString(8),
                        r.getInt(9), r.getBoolean(10)))) {
            byName.computeIfAbsent(row.name(), n -> new ArrayList<>()).add(row);
        }
        List<Trigger> triggers = new ArrayList<>();
        for (List<TriggerRow> rows : byName.values()) {
            TriggerRow row = rows.get(0);
            if (row.javaClass() == null) {
                unsupported.add("trigger " + row.name().qualified() + " given as source code");
                continue;
            }
            String events = rows.stream().map(TriggerRow::event).distinct()
                    .sorted(Comparator.comparingInt(EVENTS::indexOf)).collect(Collectors.joining(", "));
            String definition = "CREATE TRIGGER " + quoted(row.name()) + " " + row.timing() + " " + events
                    + " ON " + quoted(row.table()) + " FOR EACH " + row.orientation()
                    + (row.queueSize() == DEFAULT_QUEUE_SIZE ? "" : " QUEUE " + row.queueSize())
                    + (row.noWait() ? " NOWAIT" : "")
                    + " CALL '" + row.javaClass().replace("'", "''") + "'";
            triggers.add(new Trigger(row.name().schema(), row.table().name(), row.name().name(), definition));
        }
        return triggers;
    }

    private static String quoted(Name name) {
        return H2InspectQuery.quote(name.schema()) + "." + H2InspectQuery.quote(name.name());
    }

    /** Routines, and a line in {@code unsupported} for each user-defined aggregate. */
    static List<Routine> routines(Connection connection, List<String> schemas, List<String> unsupported)
            throws SQLException {
        Map<Name, List<String>> parameters = new LinkedHashMap<>();
        H2InspectQuery.list(connection, "SELECT SPECIFIC_SCHEMA, SPECIFIC_NAME, ORDINAL_POSITION, DATA_TYPE"
                + " FROM INFORMATION_SCHEMA.PARAMETERS WHERE PARAMETER_MODE = 'IN' AND SPECIFIC_SCHEMA IN (%s)",
                schemas, r -> new Parameter(new Name(r.getString(1), r.getString(2)), r.getInt(3), r.getString(4)))
                .stream().sorted(Comparator.comparingInt(Parameter::position))
                .forEach(p -> parameters.computeIfAbsent(p.specificName(), n -> new ArrayList<>()).add(p.type()));
        Map<Name, List<RoutineRow>> byName = new TreeMap<>(Comparator.comparing(Name::schema)
                .thenComparing(Name::name));
        for (RoutineRow row : H2InspectQuery.list(connection, "SELECT ROUTINE_SCHEMA, ROUTINE_NAME, SPECIFIC_NAME,"
                + " ROUTINE_TYPE, ROUTINE_DEFINITION, EXTERNAL_NAME, IS_DETERMINISTIC FROM INFORMATION_SCHEMA.ROUTINES"
                + " WHERE ROUTINE_SCHEMA IN (%s)", schemas, r -> {
                    String alias = "CREATE ALIAS " + H2InspectQuery.quote(r.getString(1)) + "."
                            + H2InspectQuery.quote(r.getString(2)) + ("YES".equals(r.getString(7)) ? " DETERMINISTIC" : "");
                    String source = r.getString(5);
                    String definition = source != null ? alias + " AS $$" + source + "$$"
                            : alias + " FOR '" + String.valueOf(r.getString(6)).replace("'", "''") + "'";
                    return new RoutineRow(new Name(r.getString(1), r.getString(2)), r.getString(3), r.getString(4),
                            definition);
                })) {
            if ("AGGREGATE".equals(row.type())) {
                unsupported.add("aggregate " + row.name().qualified());
            } else {
                byName.computeIfAbsent(row.name(), n -> new ArrayList<>()).add(row);
            }
        }
        List<Routine> routines = new ArrayList<>();
        byName.forEach((name, overloads) -> routines.add(new Routine(name.schema(), name.name(),
                overloads.stream().map(o -> name.name() + parameters.getOrDefault(
                        new Name(name.schema(), o.specificName()), List.of()).stream()
                        .collect(Collectors.joining(", ", "(", ")"))).sorted().collect(Collectors.joining(" | ")),
                overloads.get(0).definition())));
        return routines;
    }

    /** Domains, constants and synonyms: H2 objects the catalog model has no place for. */
    static List<String> unmodelled(Connection connection, List<String> schemas) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.addAll(H2InspectQuery.list(connection, "SELECT 'domain ' || DOMAIN_SCHEMA || '.' || DOMAIN_NAME"
                + " FROM INFORMATION_SCHEMA.DOMAINS WHERE DOMAIN_SCHEMA IN (%s)", schemas, r -> r.getString(1)));
        lines.addAll(H2InspectQuery.list(connection, "SELECT 'constant ' || CONSTANT_SCHEMA || '.' || CONSTANT_NAME"
                + " FROM INFORMATION_SCHEMA.CONSTANTS WHERE CONSTANT_SCHEMA IN (%s)", schemas, r -> r.getString(1)));
        lines.addAll(H2InspectQuery.list(connection, "SELECT 'synonym ' || SYNONYM_SCHEMA || '.' || SYNONYM_NAME"
                + " FROM INFORMATION_SCHEMA.SYNONYMS WHERE SYNONYM_SCHEMA IN (%s)", schemas, r -> r.getString(1)));
        return lines;
    }
}
