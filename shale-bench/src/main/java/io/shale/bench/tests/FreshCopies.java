package io.shale.bench.tests;

import io.shale.bench.tool.Database;
import io.shale.junit.FreshDatabase;
import io.shale.junit.FreshDatabaseOptions;
import io.shale.junit.FreshDatabases;
import java.nio.file.Path;
import java.time.Duration;

/**
 * shale-junit's {@link FreshDatabases#next()}: a copy of the template made ahead of demand (or, when
 * the pool has run dry, a {@code CREATE DATABASE ... TEMPLATE} made there and then). One instance
 * serves every variant, so the template is built once; {@link #open} times that build and the first
 * ready copy, the one-time cost a test run pays.
 */
final class FreshCopies implements Contender {
    private final FreshDatabases databases;
    private final String name;
    private final double openMillis;

    private FreshCopies(FreshDatabases databases, String name, double openMillis) {
        this.databases = databases;
        this.name = name;
        this.openMillis = openMillis;
    }

    /**
     * @param project a folder holding {@code migrations/} in Shale's layout (no {@code shale.yaml} needed)
     * @param url     any database of the benchmark's server; the template and copies are made beside it
     */
    static FreshCopies open(Path project, String url, String user, Path state, int spares) {
        long start = System.nanoTime();
        FreshDatabases databases = FreshDatabases.open(FreshDatabaseOptions.defaults().withProject(project)
                .withMigrations("migrations").withUrl(url, user, null).withStateDirectory(state).withSpares(spares));
        try {
            awaitReady(databases);
        } catch (RuntimeException e) {
            databases.close();
            throw e;
        }
        return new FreshCopies(databases, "shale-junit", (System.nanoTime() - start) / 1e6);
    }

    /** The same pool under another name in the report, waited on until a copy is ready again. */
    FreshCopies variant(String variantName) {
        awaitReady(databases);
        return new FreshCopies(databases, variantName, openMillis);
    }

    private static void awaitReady(FreshDatabases databases) {
        if (!databases.awaitReady(Duration.ofMinutes(5))) {
            throw new IllegalStateException("shale-junit had no ready copy of " + databases.template()
                    + " after 5 minutes");
        }
    }

    /** Wall time of {@code open} plus {@code awaitReady}: the template built, then its first copy. */
    double openMillis() {
        return openMillis;
    }

    String template() {
        return databases.template();
    }

    boolean templateBuilt() {
        return databases.templateBuilt();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Obtained obtain() {
        FreshDatabase db = databases.next();
        return new Obtained() {
            @Override
            public Database database() {
                return new Database(db.url(), db.user());
            }

            @Override
            public void release() {
                db.close();
            }
        };
    }

    /** Closes the pool (every variant shares it); call once, after the last variant ran. */
    void close() {
        databases.close();
    }
}
