package io.shale.schema;

/**
 * A PostgreSQL exclusion constraint, compared by its whole definition.
 *
 * @param definition what {@code pg_get_constraintdef} prints ({@code EXCLUDE USING gist (room WITH =, during WITH &&)}),
 *                   as {@code ADD CONSTRAINT name} takes it
 */
public record ExclusionConstraint(String name, String definition) {
}
