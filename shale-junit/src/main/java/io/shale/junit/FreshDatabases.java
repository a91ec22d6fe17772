package io.shale.junit;

import io.shale.junit.internal.Copies;
import io.shale.junit.internal.CopiesFactory;
import io.shale.junit.internal.Project;
import io.shale.junit.internal.ProjectLoader;

/**
 * Fresh, migrated, isolated databases on demand, without JUnit: what {@link ShaleExtension} uses, and
 * what a benchmark or another test framework may call.
 *
 * <pre>{@code
 * try (FreshDatabases databases = FreshDatabases.open(FreshDatabaseOptions.defaults().withProject(Path.of("app")))) {
 *     try (FreshDatabase db = databases.next()) {
 *         ... db.dataSource() ...
 *     }
 * }
 * }</pre>
 *
 * {@link #open} reads the project and makes (or finds) the template: a database migrated to the
 * asked version with the seed set loaded, named after the hash of those files, so it is built once per
 * state of the files, by one JVM, and reused by every later JVM. {@link #next()} then costs, per engine:
 * PostgreSQL, a copy made ahead of time in the background (or, if none is ready, a
 * {@code CREATE DATABASE ... TEMPLATE}); SQLite, a file copy; MySQL/MariaDB and H2, a {@code clear} of a
 * database given back by an earlier test (its tables emptied, the template's rows put back). Thread-safe.
 */
public final class FreshDatabases implements AutoCloseable {
    private final Project project;
    private final Copies copies;

    private FreshDatabases(Project project, Copies copies) {
        this.project = project;
        this.copies = copies;
    }

    /**
     * @throws io.shale.error.ShaleException with Shale's code and hint for a malformed config, a missing
     *                                       migrations folder, a failing migration or seed, a protected
     *                                       environment, an unreachable server
     */
    public static FreshDatabases open(FreshDatabaseOptions options) {
        Project project = ProjectLoader.load(options);
        return new FreshDatabases(project, CopiesFactory.open(project, options.spares()));
    }

    /** A database no one else uses, holding exactly what the template holds; close it when done. */
    public FreshDatabase next() {
        return new FreshDatabase(copies.next(), project);
    }

    /**
     * Waits until {@link #next()} will hand out a copy made ahead of demand (PostgreSQL keeps
     * {@link FreshDatabaseOptions#spares()} ready); true at once on the other engines. For benchmarks
     * and warm-ups: when tests take less time than the server needs to copy the template, the pool runs
     * dry and {@code next()} copies the template itself.
     *
     * @return false when the timeout passed first
     */
    public boolean awaitReady(java.time.Duration timeout) {
        return copies.awaitReady(timeout);
    }

    /** The version every database of this instance starts at. */
    public int version() {
        return project.version();
    }

    /** The template's name: {@code shale_jt_} and the hash of the migrations (and seeds). */
    public String template() {
        return copies.template();
    }

    /** Whether this instance built the template; false when an earlier run or another JVM had. */
    public boolean templateBuilt() {
        return copies.templateBuilt();
    }

    /** Drops the databases this instance made, except the template, which later runs reuse. */
    @Override
    public void close() {
        copies.close();
    }
}
