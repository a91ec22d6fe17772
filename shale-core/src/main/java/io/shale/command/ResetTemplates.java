package io.shale.command;

import io.shale.dialect.DataOperations;
import io.shale.dialect.JdbcUrls;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
import io.shale.migration.Checksums;
import io.shale.migration.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The template path of {@link ResetCommand}: one template database per target database and state
 * of the migration files, built by a normal upgrade the first time and copied afterwards.
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
        StringBuilder all = new StringBuilder();
        for (Migration m : migrations) {
            all.append(m.version()).append(':').append(m.checksum()).append('\n');
        }
        return prefix(database) + Checksums.sha256Hex(all.toString()).substring(0, 16);
    }

    static String prefix(String database) {
        String safe = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return "shale_tpl_" + (safe.length() > 30 ? safe.substring(0, 30) : safe) + "_";
    }

    ResetCommand.Result reset() throws SQLException {
        UrlDataSource ds = (UrlDataSource) ctx.dataSource();
        String target = ctx.identity().database();
        String template = templateName(target, ctx.migrations().migrations());
        UrlDataSource admin = ds.withUrl(JdbcUrls.replaceDatabase(ds.url(), ops.maintenanceDatabase()));
        boolean built = false;
        try (Connection c = Connections.open(admin, ctx.identity().url())) {
            if (ops.databasesNamed(c, template).isEmpty()) {
                build(c, ds, template);
                built = true;
            }
            for (String stale : ops.databasesNamed(c, prefix(target))) {
                if (!stale.equals(template)) {
                    ops.dropDatabase(c, stale);
                }
            }
            ctx.close();
            ops.recreateDatabase(c, target, template);
        }
        return new ResetCommand.Result(ctx.identity(), null,
                built ? ResetCommand.Method.TEMPLATE_BUILT : ResetCommand.Method.TEMPLATE_REUSED, template, null);
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
