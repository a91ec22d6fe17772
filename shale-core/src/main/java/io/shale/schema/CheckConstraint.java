package io.shale.schema;

/** A check constraint; {@code expression} as the database normalised and prints it. */
public record CheckConstraint(String name, String expression) {
}
