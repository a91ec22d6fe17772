package io.shale.schema;

/**
 * A column.
 *
 * @param type       its type
 * @param nullable   whether NULL is allowed
 * @param defaultExpression the default as the database normalised and prints it, null when none
 * @param identity   identity options, null when the column is not an identity column
 * @param generated  the expression of a generated (computed, stored) column, null otherwise
 * @param collation  a collation that differs from the database default, null otherwise
 * @param comment    null when none
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression, Identity identity,
                     String generated, String collation, String comment) {

    /**
     * @param always    {@code GENERATED ALWAYS} (true) or {@code BY DEFAULT} (false); MySQL/SQLite
     *                  auto-increment columns are {@code BY DEFAULT}
     */
    public record Identity(boolean always, long start, long increment) {
    }
}
