package io.shale.bench.tests;

import io.shale.Shale;
import io.shale.bench.tool.Database;
import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.jdbc.UrlDataSource;
import java.nio.file.Path;

/**
 * A full replay per test: a new empty database ({@code CREATE DATABASE}) and Shale's {@code upgrade}
 * of every migration into it, through a {@link Shale} configured for that database (so the files are
 * read and checksummed per test too, as a harness that replays per test does). The database is dropped
 * after the test, outside the timing.
 */
final class ShaleReplay implements Contender {
    private final EmbeddedPostgresServer server;
    private final Path migrations;
    private int count;

    ShaleReplay(EmbeddedPostgresServer server, Path migrations) {
        this.server = server;
        this.migrations = migrations;
    }

    @Override
    public String name() {
        return "Shale full replay";
    }

    @Override
    public Obtained obtain() {
        String name = "tests_replay_" + ++count;
        server.createDatabase(name);
        Database db = new Database(server.jdbcUrl(name), server.user());
        try {
            Shale.configure().dataSource(new UrlDataSource(db.url(), db.user(), null)).migrations(migrations).load()
                    .upgrade();
        } catch (RuntimeException e) {
            server.dropDatabase(name);
            throw e;
        }
        return new Obtained() {
            @Override
            public Database database() {
                return db;
            }

            @Override
            public void release() {
                server.dropDatabase(name);
            }
        };
    }
}
