package io.shale.schema;

/**
 * A function or procedure, compared by its whole definition.
 *
 * @param signature  name and argument types, {@code normalize_email()}; unique within a schema
 * @param definition the complete {@code CREATE OR REPLACE ...} statement as the database prints it
 */
public record Routine(String schema, String name, String signature, String definition) {
}
