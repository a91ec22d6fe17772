package io.shale.schema;

import java.util.List;

/**
 * A partition's share of an index of its partitioned parent (PostgreSQL): the parent's index creates
 * it on every partition, under a name the database chooses unless the schema names it.
 *
 * @param partition   the partition (a table of the same schema)
 * @param parentIndex the parent's index, or the index behind the parent's key, that this one is attached to
 * @param name        this index's name
 * @param kind        what the parent's index backs, which decides the name the database chooses
 * @param columns     the names of this index's own columns (key and {@code INCLUDE}) as the database chose them:
 *                    a column's name, a function's name or {@code expr} for an expression
 */
public record PartitionIndex(String schema, String partition, String parentIndex, String name, Kind kind,
                             List<String> columns) {
    public PartitionIndex {
        columns = List.copyOf(columns);
    }

    /** What the parent's index backs. */
    public enum Kind { INDEX, PRIMARY_KEY, UNIQUE, EXCLUSION }
}
