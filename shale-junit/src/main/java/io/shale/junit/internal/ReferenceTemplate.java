package io.shale.junit.internal;

import io.shale.dialect.DataOperations;
import io.shale.dialect.Dialect;
import io.shale.dialect.JdbcUrls;
import io.shale.dialect.MigrationLock;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The database {@code clear} reads the template's rows from, for the engines without copies. On a
 * server (MySQL/MariaDB) it is {@code shale_jt_KEY}, built once and reused by every JVM: built under a
 * {@code GET_LOCK}, and counted complete only once the empty marker database {@code shale_jok_KEY}
 * exists, made after the last migration and seed ran (MySQL cannot rename a database); an incomplete one
 * is dropped and built again. In memory (H2) it is built once per instance: another JVM cannot reach it.
 */
final class ReferenceTemplate implements AutoCloseable {
    private final String name;
    private final UrlDataSource dataSource;
    private final boolean built;
    private final ScratchDatabase owned;

    private ReferenceTemplate(String name, UrlDataSource dataSource, boolean built, ScratchDatabase owned) {
        this.name = name;
        this.dataSource = dataSource;
        this.built = built;
        this.owned = owned;
    }

    @SuppressWarnings("try") // the lock is held for the duration of the block, never read
    static ReferenceTemplate open(Project project, Server server, Dialect dialect, ScratchProvider scratch) {
        DataOperations ops = dialect.dataOperations();
        if (ops.maintenanceDatabase() == null) {
            ScratchDatabase db = scratch.create("template");
            try {
                project.build(db.dataSource(), db.description());
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            return new ReferenceTemplate(db.description(), (UrlDataSource) db.dataSource(), true, db);
        }
        String key = TemplateKey.of(project);
        String template = "shale_jt_" + key;
        String marker = "shale_jok_" + key;
        UrlDataSource admin = server.dataSource().withUrl(JdbcUrls.replaceDatabase(server.url(), ops.maintenanceDatabase()));
        UrlDataSource target = admin.withUrl(JdbcUrls.replaceDatabase(server.url(), template));
        try (Connection c = Connections.open(admin, Redaction.url(admin.url()));
                MigrationLock.Held lock = dialect.lock().acquire(c, admin::getConnection,
                        new MigrationLock.Target("shale-junit/" + template, project.config().metaTable()),
                        project.config().lockTimeout(), holder -> { })) {
            boolean built = false;
            if (!exists(c, marker)) {
                ops.recreateDatabase(c, template, null);
                project.build(target, Redaction.url(target.url()));
                ops.recreateDatabase(c, marker, null);
                built = true;
            }
            return new ReferenceTemplate(template, target, built, null);
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not prepare the template " + template + " on "
                    + Redaction.url(admin.url()) + ": " + e.getMessage(),
                    "the user needs the right to create databases", e);
        }
    }

    /** Whether a database (schema) of that name exists on the MySQL/MariaDB server. */
    private static boolean exists(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    String name() {
        return name;
    }

    boolean built() {
        return built;
    }

    /** The template as a "scratch" database that {@code clear} replays into (a no-op: it is migrated) and reads. */
    ScratchDatabase view() {
        return ClearedCopies.kept(dataSource, name);
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }
}
