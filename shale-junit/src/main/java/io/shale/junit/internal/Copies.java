package io.shale.junit.internal;

/**
 * How one engine gives each test a fresh database at the project's version: the template is built
 * (or found) when the instance is made, and {@link #next()} is then cheap.
 */
public interface Copies extends AutoCloseable {
    /** A database holding exactly what the template holds; thread-safe. */
    Lease next();

    /**
     * Waits until {@link #next()} will find a copy made ahead of demand; true at once for engines that
     * make none.
     */
    default boolean awaitReady(java.time.Duration timeout) {
        return true;
    }

    /** The template's name (database or file). */
    String template();

    /** Whether this instance built the template (false: another JVM or an earlier run had). */
    boolean templateBuilt();

    /** Drops what this instance made, except the template, which later runs reuse. */
    @Override
    void close();
}
