package io.shale.schema;

/**
 * A comment on an object that lives on a table or materialized view and has no comment of its own in
 * the model: an index, or a constraint (PostgreSQL {@code COMMENT ON INDEX}, {@code COMMENT ON CONSTRAINT}).
 *
 * @param table   the table or materialized view the index or constraint belongs to
 * @param name    the index's or constraint's name
 * @param comment the text; never null (an object without a comment has no entry)
 */
public record ObjectComment(String schema, Kind kind, String table, String name, String comment) {

    /** What is commented. */
    public enum Kind { INDEX, CONSTRAINT }
}
