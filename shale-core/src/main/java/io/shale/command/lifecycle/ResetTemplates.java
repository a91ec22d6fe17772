package io.shale.command.lifecycle;

import io.shale.command.migrate.UpgradeCommand;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;

import io.shale.dialect.DataOperations;
import io.shale.dialect.JdbcUrls;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
import io.shale.migration.Checksums;
import io.shale.migration.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The template path of {@link ResetCommand}: one template database per target database and state
 * of the migration files, built by a normal upgrade the first time, and one <em>spare</em> copy of
 * it made ahead of time. A reset drops the target and renames the spare to its name (a catalog
 * update, instant whatever the database holds), then makes the next spare in the background; when
 * no spare is ready, it copies the template directly ({@code CREATE DATABASE ... TEMPLATE}, a copy
 * of every file, the system catalogs included).
 */
final class ResetTemplates {
    private final MigrationContext ctx;
    private final DataOperations ops;
    private final MigrationListener listener;

    ResetTemplates(MigrationContext ctx, DataOperations ops, MigrationListener listener) {
        this.ctx = ctx;
        this.ops = ops;
        this.listener = listener;
    }

    /** The template's name: the target's name (shortened) and a hash of every migration's checksum. */
    static String templateName(String database, Iterable<Migration> migrations) {
        return prefix(database) + hash(migrations);
    }

    /** The spare copy's name, beside the template's. */
    static String spareName(String database, Iterable<Migration> migrations) {
        return sparePrefix(database) + hash(migrations);
    }

    private static String hash(Iterable<Migration> migrations) {
        StringBuilder all = new StringBuilder();
        for (Migration m : migrations) {
            all.append(m.version()).append(':').append(m.checksum()).append('\n');
        }
        return Checksums.sha256Hex(all.toString()).substring(0, 16);
    }

    static String prefix(String database) {
        return "shale_tpl_" + shortName(database) + "_";
    }

    static String sparePrefix(String database) {
        return "shale_spare_" + shortName(database) + "_";
    }

    private static String shortName(String database) {
        String safe = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return safe.length() > 30 ? safe.substring(0, 30) : safe;
    }

    ResetCommand.Result reset() throws SQLException {
        String target = ctx.identity().database();
        List<Migration> migrations = ctx.migrations().migrations();
        String template = templateName(target, migrations);
        String spare = spareName(target, migrations);
        UrlDataSource admin = admin();
        ResetCommand.Method method;
        try (Connection c = Connections.open(admin, ctx.identity().url())) {
            boolean built = ensure(c, template);
            List<String> spares = ops.databasesNamed(c, sparePrefix(target));
            for (String stale : spares) {
                if (!stale.equals(spare)) {
                    ops.dropDatabase(c, stale);
                }
            }
            ctx.close();
            listener.stepStarted(ResetCommand.REPLACING, 1);
            if (!built && spares.contains(spare)) {
                ops.replaceDatabase(c, target, spare);
                method = ResetCommand.Method.SPARE_RENAMED;
            } else {
                ops.recreateDatabase(c, target, template);
                method = built ? ResetCommand.Method.TEMPLATE_BUILT : ResetCommand.Method.TEMPLATE_REUSED;
            }
            listener.stepProgress(1, target);
            listener.stepFinished();
        }
        return new ResetCommand.Result(ctx.identity(), null, method, template, null, makeSpare(admin, spare, template));
    }

    /**
     * A data source on the template of the current migration files, built first if missing: a fresh
     * upgrade to the latest version, kept, which {@link ClearCommand} reads its reference rows from
     * instead of replaying the migrations again.
     */
    UrlDataSource template() throws SQLException {
        String template = templateName(ctx.identity().database(), ctx.migrations().migrations());
        try (Connection c = Connections.open(admin(), ctx.identity().url())) {
            ensure(c, template);
        }
        UrlDataSource ds = (UrlDataSource) ctx.dataSource();
        return ds.withUrl(JdbcUrls.replaceDatabase(ds.url(), template));
    }

    private UrlDataSource admin() {
        UrlDataSource ds = (UrlDataSource) ctx.dataSource();
        return ds.withUrl(JdbcUrls.replaceDatabase(ds.url(), ops.maintenanceDatabase()));
    }

    /** Builds {@code template} if it is missing and drops the templates of older files; true when built. */
    private boolean ensure(Connection admin, String template) throws SQLException {
        List<String> templates = ops.databasesNamed(admin, prefix(ctx.identity().database()));
        boolean built = false;
        if (!templates.contains(template)) {
            build(admin, (UrlDataSource) ctx.dataSource(), template);
            built = true;
        }
        for (String stale : templates) {
            if (!stale.equals(template)) {
                ops.dropDatabase(admin, stale);
            }
        }
        return built;
    }

    /**
     * Makes the next spare in a background thread (a daemon: a process that ends first leaves no spare,
     * or the server finishes the copy it was sent). Best effort: a failure, such as another reset making
     * the same spare at the same time, only means the next reset copies the template itself.
     */
    private CompletableFuture<Void> makeSpare(UrlDataSource admin, String spare, String template) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (Connection c = Connections.open(admin, ctx.identity().url())) {
                ops.createDatabase(c, spare, template);
            } catch (SQLException | RuntimeException e) {
                // the next reset copies the template directly
            } finally {
                done.complete(null);
            }
        }, "shale-reset-spare");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Creates the template and upgrades it like any database; a failed build leaves no template behind. */
    private void build(Connection admin, UrlDataSource ds, String template) throws SQLException {
        ops.recreateDatabase(admin, template, null);
        try (MigrationContext tpl = MigrationContext.open(ds.withUrl(JdbcUrls.replaceDatabase(ds.url(), template)),
                template, ctx.migrations(), ctx.settings())) {
            new UpgradeCommand(tpl, listener).run(UpgradeCommand.Options.ALL);
        } catch (RuntimeException e) {
            ops.dropDatabase(admin, template);
            throw e;
        }
    }
}
