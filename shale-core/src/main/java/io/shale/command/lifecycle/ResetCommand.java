package io.shale.command.lifecycle;

import io.shale.command.migrate.UpgradeCommand;
import io.shale.run.BatchRunner;
import io.shale.run.Confirmation;
import io.shale.run.Guard;
import io.shale.run.LockedSession;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.Settings;
import io.shale.run.SumGate;

import io.shale.config.TablePatterns;
import io.shale.dialect.DataOperations;
import io.shale.dialect.Dialects;
import io.shale.dialect.DatabaseIdentity;
import io.shale.dialect.JdbcUrls;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * Rebuilds the database from the migrations, whatever was done to it by hand. Three ways, in this
 * order of preference:
 * <ol>
 *   <li>template (PostgreSQL, the default there): the migrations are applied once to a template
 *       database named after the hash of the migration files ({@code shale_tpl_<db>_<hash>}), and a
 *       spare copy of it is kept ready ({@code shale_spare_<db>_<hash>}); each reset drops the target
 *       and renames the spare to its name, then makes the next spare in the background; without a
 *       ready spare it copies the template (a file copy instead of a replay); templates and spares of
 *       older hashes are dropped;</li>
 *   <li>recreate ({@code --recreate}, PostgreSQL and MySQL/MariaDB): drop and create the database
 *       itself, then upgrade;</li>
 *   <li>otherwise: drop every object of the managed schema, then upgrade.</li>
 * </ol>
 * The first two need a JDBC URL data source and the right to create databases; without them, or
 * on other engines, Shale falls back to the third and says so. Destructive: it checks the
 * {@link Guard} first. The lock is released before the drop, since on H2 it lives in the meta table.
 */
public final class ResetCommand {

    /**
     * @param extensions also drop the extensions (PostgreSQL), which other schemas may use
     * @param recreate   drop and create the database itself
     * @param template   use (and keep) a template database where the engine has them
     */
    public record Options(boolean extensions, boolean recreate, boolean template, Confirmation confirmation,
                          List<String> exclude) {
        /** @param exclude the {@code exclude:} globs: tables reset leaves as they are, with their rows */
        public Options {
            exclude = List.copyOf(exclude);
        }

        public Options(boolean extensions, boolean recreate, boolean template, Confirmation confirmation) {
            this(extensions, recreate, template, confirmation, List.of());
        }

        public Options(boolean extensions, Confirmation confirmation) {
            this(extensions, false, true, confirmation);
        }

        /** These options, also keeping the tables {@code globs} match. */
        public Options excluding(List<String> globs) {
            List<String> all = new java.util.ArrayList<>(exclude);
            globs.stream().filter(g -> !all.contains(g)).forEach(all::add);
            return new Options(extensions, recreate, template, confirmation, all);
        }
    }

    /** How the database was rebuilt. */
    public enum Method { TEMPLATE_BUILT, TEMPLATE_REUSED, SPARE_RENAMED, RECREATED, OBJECTS_DROPPED }

    /**
     * @param upgrade the upgrade that followed, or null when the database was copied from a template
     * @param note    why a preferred method was not used, or null
     * @param spare   completes when the next spare copy of the template exists (or could not be made);
     *                already complete for the methods without a template
     */
    public record Result(DatabaseIdentity database, UpgradeCommand.Result upgrade, Method method, String template,
                         String note, CompletableFuture<Void> spare) {
        public Result(DatabaseIdentity database, UpgradeCommand.Result upgrade, Method method, String template,
                      String note) {
            this(database, upgrade, method, template, note, CompletableFuture.completedFuture(null));
        }

        /** This result with {@code more} added to its note. */
        public Result noting(String more) {
            return new Result(database, upgrade, method, template, note == null ? more : more + "; " + note, spare);
        }

        /** Waits until the next spare copy is made, so the next reset is a rename; a process about to exit calls it. */
        public void awaitSpare() {
            spare.join();
        }
    }

    /**
     * The phase told to the listener before the migrations run (or before a template copy replaces the
     * database); the migrations that follow are reported as upgrade reports them, file by file.
     */
    public static final String DROPPING = "Dropping every object";
    public static final String DROPPING_EXCEPT = "Dropping every object but the excluded tables";
    public static final String RECREATING = "Dropping and creating the database";
    public static final String REPLACING = "Replacing the database with a copy of the template";

    private final MigrationContext ctx;
    private final MigrationListener listener;

    public ResetCommand(MigrationContext ctx, MigrationListener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    public Result run(Options options) {
        SumGate.verify(ctx.migrations());
        DataOperations ops = ctx.dialect().dataOperations();
        try {
            try (LockedSession session = LockedSession.open(ctx, listener)) {
                Guard.check("reset", ctx.identity().database(), ctx.identity().describe()
                                + " (every object is dropped, then rebuilt)", ctx.settings().environment(),
                        session.storedEnvironment(), ctx.settings().protectedEnvironments(), options.confirmation());
                BatchRunner.commitLockTransaction(ctx);
            }
            String note = null;
            boolean server = ops.maintenanceDatabase() != null && ctx.dataSource() instanceof UrlDataSource;
            Set<String> kept = excludedTables(options.exclude());
            if (!kept.isEmpty()) {
                note = (options.recreate() || (server && options.template() && ops.supportsTemplates())
                        ? "kept the excluded tables " + String.join(", ", kept) + ": dropped every other object "
                        + "instead of recreating the database" : "kept the excluded tables " + String.join(", ", kept));
                listener.stepStarted(DROPPING_EXCEPT, 1);
                dropAllExcept(ops, options.extensions(), kept);
                oneDone(null);
                return new Result(ctx.identity(), new UpgradeCommand(ctx, listener).run(UpgradeCommand.Options.ALL),
                        Method.OBJECTS_DROPPED, null, note);
            }
            if (server && options.template() && ops.supportsTemplates()) {
                try {
                    return new ResetTemplates(ctx, ops, listener).reset();
                } catch (SQLException e) {
                    note = "no template database (" + e.getMessage().lines().findFirst().orElse("") + "): dropped every object instead";
                }
            } else if (options.recreate()) {
                if (!server) {
                    note = "cannot recreate a " + ctx.dialect().name() + " database through this data source: dropped every object instead";
                } else {
                    return recreate(ops);
                }
            }
            listener.stepStarted(DROPPING, 1);
            ops.dropAll(ctx.connection(), options.extensions());
            oneDone(null);
            return new Result(ctx.identity(), new UpgradeCommand(ctx, listener).run(UpgradeCommand.Options.ALL),
                    Method.OBJECTS_DROPPED, null, note);
        } catch (SQLException e) {
            throw ctx.databaseError("resetting", e);
        }
    }

    /** Ends a phase of one unit: tells the listener it is done. */
    private void oneDone(String current) {
        listener.stepProgress(1, current);
        listener.stepFinished();
    }

    /** The tables of the database that {@code exclude} globs match, as the inspector names them. */
    private Set<String> excludedTables(List<String> exclude) throws SQLException {
        if (exclude.isEmpty()) {
            return Set.of();
        }
        TablePatterns patterns = TablePatterns.of(exclude);
        Set<String> kept = new TreeSet<>();
        ctx.dialect().inspector().inspect(ctx.connection(), List.of(), t -> false).tables().stream()
                .map(t -> t.name()).filter(patterns).forEach(kept::add);
        return kept;
    }

    private void dropAllExcept(DataOperations ops, boolean extensions, Set<String> kept) throws SQLException {
        try {
            ops.dropAllExcept(ctx.connection(), extensions, kept);
        } catch (UnsupportedOperationException e) {
            throw new ShaleException(ErrorCode.USAGE, "reset cannot keep the excluded tables " + String.join(", ", kept)
                    + " on " + ctx.identity().describe() + ": " + e.getMessage(),
                    "take them out of exclude: to drop them as well, or drop the other objects by hand", e);
        }
    }

    /**
     * Creates the database {@code dataSource} names, which does not exist, so that reset can start from
     * nothing (after {@code dropdb}). Server engines only; the guard is checked first, as for any reset.
     *
     * @param missing the DB_NOT_FOUND the first connection attempt gave, rethrown where nothing can be created
     * @return a note naming the database created
     */
    public static String createMissing(DataSource dataSource, String described, Settings settings,
                                       Confirmation confirmation, ShaleException missing) {
        if (!(dataSource instanceof UrlDataSource ds)) {
            throw missing;
        }
        String name = JdbcUrls.database(ds.url());
        DataOperations ops = Dialects.forUrl(ds.url()).dataOperations();
        if (name == null || ops.maintenanceDatabase() == null) {
            throw missing;
        }
        Guard.check("reset", name, described + " (does not exist: it is created, then built)", settings.environment(),
                null, settings.protectedEnvironments(), confirmation);
        UrlDataSource admin = ds.withUrl(JdbcUrls.replaceDatabase(ds.url(), ops.maintenanceDatabase()));
        try (Connection c = Connections.open(admin, described)) {
            ops.createDatabase(c, name, null);
        } catch (SQLException | UnsupportedOperationException e) {
            throw new ShaleException(ErrorCode.DB_NOT_FOUND, "The database " + described + " does not exist and "
                    + "could not be created: " + e.getMessage(), "create it (e.g. `createdb " + name + "` or CREATE "
                    + "DATABASE " + name + "), or give the user the right to create databases", e);
        }
        return "created the database " + name + ", which did not exist";
    }

    /**
     * SQLite: creates the folder of a database file that does not exist yet (the driver then creates the
     * file), so that reset starts after {@code rm app.db}. The guard is checked first, as for any reset.
     *
     * @return a note naming the file, or null when {@code dataSource} is no SQLite file that is missing
     */
    public static String createMissingFile(DataSource dataSource, String described, Settings settings,
                                           Confirmation confirmation) {
        if (!(dataSource instanceof UrlDataSource ds) || !ds.url().startsWith("jdbc:sqlite:")) {
            return null;
        }
        String path = ds.url().substring("jdbc:sqlite:".length());
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        int query = path.indexOf('?');
        if (query >= 0) {
            if (path.substring(query).contains("mode=memory")) {
                return null;
            }
            path = path.substring(0, query);
        }
        if (path.isEmpty() || path.equals(":memory:") || path.startsWith(":resource:")) {
            return null;
        }
        java.nio.file.Path file = java.nio.file.Path.of(path);
        if (java.nio.file.Files.exists(file)) {
            return null;
        }
        Guard.check("reset", file.getFileName().toString(), described + " (does not exist: it is created, then built)",
                settings.environment(), null, settings.protectedEnvironments(), confirmation);
        java.nio.file.Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                java.nio.file.Files.createDirectories(folder);
            }
        } catch (java.io.IOException e) {
            throw new ShaleException(ErrorCode.DB_NOT_FOUND, "The SQLite database " + file + " does not exist and its "
                    + "folder could not be created: " + e.getMessage(), "create the folder " + folder
                    + " or fix the path in database.url", e);
        }
        return "created the database file " + file + ", which did not exist";
    }

    private Result recreate(DataOperations ops) {
        UrlDataSource ds = (UrlDataSource) ctx.dataSource();
        String name = ctx.identity().database();
        UrlDataSource admin = ds.withUrl(JdbcUrls.replaceDatabase(ds.url(), ops.maintenanceDatabase()));
        ctx.close();
        listener.stepStarted(RECREATING, 1);
        try (Connection c = Connections.open(admin, ctx.identity().url())) {
            ops.recreateDatabase(c, name, null);
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not drop and create " + ctx.identity().describe() + ": "
                    + e.getMessage(), "the user needs the right to create databases; run `shale reset` without "
                    + "--recreate to drop every object instead", e);
        }
        oneDone(name);
        try (MigrationContext fresh = MigrationContext.open(ds, ctx.identity().url(), ctx.migrations(), ctx.settings())) {
            return new Result(fresh.identity(), new UpgradeCommand(fresh, listener).run(UpgradeCommand.Options.ALL),
                    Method.RECREATED, null, null);
        }
    }
}
