package io.shale.bench.tool;

import io.shale.bench.workload.Workload;
import java.nio.file.Path;

/**
 * One migration tool under measurement, driven the way an application drives it: configured from
 * scratch on every call, so each call pays what an application start pays.
 */
public interface Tool {

    /** The name in reports and on the child process command line. */
    String name();

    /** Writes {@code workload} into the empty folder {@code dir} in this tool's own layout and naming. */
    void write(Workload workload, Path dir) throws Exception;

    /** Applies every pending migration in {@code dir} to {@code db}. */
    void migrate(Path dir, Database db) throws Exception;

    /**
     * Computes the status of every migration (Shale {@code status}, Flyway {@code info}, Liquibase
     * {@code status}) and returns a number derived from it, so nothing can be skipped as unused.
     */
    long status(Path dir, Database db) throws Exception;
}
