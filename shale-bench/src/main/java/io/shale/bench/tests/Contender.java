package io.shale.bench.tests;

import io.shale.bench.tool.Database;

/**
 * One way to give a test a fresh migrated database. {@link #obtain()} is the timed part; whatever the
 * contender does to let the database go ({@link Obtained#release()}) is not.
 */
interface Contender {

    /** The name in the report's table. */
    String name();

    /** A database migrated to the latest version that no earlier simulated test has touched. */
    Obtained obtain() throws Exception;

    /** A database handed to one simulated test, and how to give it back. */
    interface Obtained {
        Database database();

        void release() throws Exception;
    }
}
