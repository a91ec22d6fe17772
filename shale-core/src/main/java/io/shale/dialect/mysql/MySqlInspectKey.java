package io.shale.dialect.mysql;

/** A table's schema (database) and name, the key the inspector groups columns, keys and constraints by. */
record MySqlInspectKey(String schema, String table) {
}
