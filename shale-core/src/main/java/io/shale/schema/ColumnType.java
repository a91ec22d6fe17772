package io.shale.schema;

/**
 * A column type.
 *
 * @param name      the base type in the database's canonical spelling, lower case
 *                  ({@code integer}, {@code character varying}, {@code numeric},
 *                  {@code timestamp with time zone}, {@code varchar}, {@code int}); for an
 *                  enum or domain its qualified name
 * @param length    character length, null when not applicable or unbounded
 * @param precision numeric or time precision, null when not applicable
 * @param scale     numeric scale, null when not applicable
 * @param array     PostgreSQL array dimensions (0 for none)
 * @param display   the type exactly as the database prints it ({@code character varying(100)}),
 *                  usable in DDL for the same engine
 */
public record ColumnType(String name, Integer length, Integer precision, Integer scale, int array, String display) {
}
