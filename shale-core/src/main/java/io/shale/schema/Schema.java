package io.shale.schema;

import java.util.List;
import java.util.Optional;

/**
 * One schema (namespace) and the objects in it, each list sorted by name.
 *
 * @param domains PostgreSQL domains (empty elsewhere)
 */
public record Schema(String name, List<Table> tables, List<View> views, List<EnumType> enums,
                     List<Sequence> sequences, List<Routine> routines, List<Trigger> triggers, String comment,
                     List<Domain> domains) {
    public Schema {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        enums = List.copyOf(enums);
        sequences = List.copyOf(sequences);
        routines = List.copyOf(routines);
        triggers = List.copyOf(triggers);
        domains = List.copyOf(domains);
    }

    /** A schema without PostgreSQL's domains. */
    public Schema(String name, List<Table> tables, List<View> views, List<EnumType> enums,
                  List<Sequence> sequences, List<Routine> routines, List<Trigger> triggers, String comment) {
        this(name, tables, views, enums, sequences, routines, triggers, comment, List.of());
    }

    public Optional<Table> table(String table) {
        return tables.stream().filter(t -> t.name().equals(table)).findFirst();
    }
}
