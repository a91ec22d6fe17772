package io.shale.schema;

/** A trigger, compared by its whole {@code CREATE TRIGGER} statement as the database prints it. */
public record Trigger(String schema, String table, String name, String definition) {
}
