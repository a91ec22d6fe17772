package io.shale.schema;

/**
 * A sequence that is not an identity column's own.
 *
 * @param dataType {@code bigint}, {@code integer} or {@code smallint}
 * @param ownedBy  {@code table.column} for {@code OWNED BY}, null otherwise
 */
public record Sequence(String schema, String name, String dataType, long start, long increment, long min, long max,
                       boolean cycle, String ownedBy) {
}
