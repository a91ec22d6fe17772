package io.shale.junit.internal;

import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.jdbc.UrlDataSource;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;

/**
 * MySQL/MariaDB and H2, which cannot copy a database: a pool of databases, each migrated once, which a
 * test takes after {@code clear} emptied it and put back the template's rows (the reference rows the
 * migrations inserted, and the seed rows). {@code clear} is core's command as the CLI runs it; its
 * reference rows come from the {@link ReferenceTemplate} instead of a replay. A database whose version a
 * test changed (the migration-test API) is dropped instead of reused. As many databases exist as tests
 * ran at the same time; they are dropped when the instance closes.
 */
final class ClearedCopies implements Copies {
    private final Project project;
    private final Server server;
    private final ScratchProvider scratch;
    private final ReferenceTemplate template;
    private final ConcurrentLinkedQueue<ScratchDatabase> idle = new ConcurrentLinkedQueue<>();
    private final Set<ScratchDatabase> all = ConcurrentHashMap.newKeySet();

    ClearedCopies(Project project, Server server, Dialect dialect) {
        this.project = project;
        this.server = server;
        this.scratch = ScratchDatabases.beside(dialect, server.url(), server.user(), server.password());
        this.template = ReferenceTemplate.open(project, server, dialect, scratch);
    }

    @Override
    public Lease next() {
        ScratchDatabase db = idle.poll();
        if (db != null) {
            project.shale(db.dataSource(), db.description()).clear(project.clearOptions(), purpose -> template.view());
        } else {
            db = scratch.create("junit");
            all.add(db);
            try {
                project.build(db.dataSource(), db.description());
            } catch (RuntimeException e) {
                all.remove(db);
                db.close();
                throw e;
            }
        }
        ScratchDatabase leased = db;
        return new Lease(leased.description(), ((UrlDataSource) leased.dataSource()).url(), server.user(),
                server.password(), changed -> {
            if (changed) {
                all.remove(leased);
                leased.close();
            } else {
                idle.add(leased);
            }
        });
    }

    @Override
    public String template() {
        return template.name();
    }

    @Override
    public boolean templateBuilt() {
        return template.built();
    }

    @Override
    public void close() {
        idle.clear();
        for (ScratchDatabase db : all) {
            db.close();
        }
        all.clear();
        template.close();
    }

    /** A database handed to {@code clear} as its "scratch" replay: already migrated, and kept when closed. */
    static ScratchDatabase kept(DataSource dataSource, String description) {
        return new ScratchDatabase() {
            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public void close() {
                // the template outlives each clear
            }
        };
    }
}
