package io.shale.schema;

/**
 * A check constraint; {@code expression} as the database normalised and prints it.
 *
 * @param notValid {@code NOT VALID}: existing rows were not checked (PostgreSQL; false elsewhere)
 */
public record CheckConstraint(String name, String expression, boolean notValid) {

    /** A validated check. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, false);
    }
}
