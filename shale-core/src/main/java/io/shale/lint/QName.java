package io.shale.lint;

/**
 * A possibly schema-qualified object name read from a statement.
 *
 * @param schema null when unqualified
 * @param name   quotes removed; unquoted names lower-cased
 * @param end    the index of the first token after the name
 */
record QName(String schema, String name, int end) {
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
