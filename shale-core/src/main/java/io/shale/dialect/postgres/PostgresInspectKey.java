package io.shale.dialect.postgres;

/** A table's schema and name, the key the inspector groups columns, constraints and indexes by. */
record PostgresInspectKey(String schema, String table) {
}
