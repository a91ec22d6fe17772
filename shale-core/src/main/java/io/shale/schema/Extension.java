package io.shale.schema;

/** A PostgreSQL extension. */
public record Extension(String name, String schema, String version) {
}
