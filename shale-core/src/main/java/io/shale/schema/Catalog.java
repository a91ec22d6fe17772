package io.shale.schema;

import java.util.List;
import java.util.Optional;

/**
 * Everything Shale knows about a database's structure, as plain immutable data read by an
 * inspector. Objects refer to each other by name, never by pointer. Lists are in a stable order
 * (by name, columns by position) so two catalogs of equal databases are equal records.
 *
 * @param schemas    the managed schemas (for MySQL/MariaDB the database, for SQLite {@code main})
 * @param extensions installed extensions (PostgreSQL only; empty elsewhere)
 * @param unsupported objects the inspector saw but cannot model, one line each ("rule r on t");
 *                    the differ reports them as warnings, never silently skips them
 */
public record Catalog(List<Schema> schemas, List<Extension> extensions, List<String> unsupported) {
    public Catalog {
        schemas = List.copyOf(schemas);
        extensions = List.copyOf(extensions);
        unsupported = List.copyOf(unsupported);
    }

    public static Catalog empty() {
        return new Catalog(List.of(), List.of(), List.of());
    }

    public Optional<Schema> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Every table of every schema. */
    public List<Table> tables() {
        return schemas.stream().flatMap(s -> s.tables().stream()).toList();
    }

    public Optional<Table> table(String schema, String name) {
        return schema(schema).flatMap(s -> s.table(name));
    }
}
