package io.shale;

import io.shale.command.adopt.AdoptCommand;
import io.shale.command.alembic.AlembicImportCommand;
import io.shale.command.adopt.ImportCommand;
import io.shale.command.generate.DiffCommand;
import io.shale.command.generate.GenerateCommand;
import io.shale.command.generate.SchemaSource;
import io.shale.command.history.HistoryCommand;
import io.shale.command.history.RebaseCommand;
import io.shale.command.history.StatusCommand;
import io.shale.command.history.ValidateCommand;
import io.shale.command.lifecycle.ClearCommand;
import io.shale.command.lifecycle.LifecycleScratch;
import io.shale.command.lifecycle.PurgeCommand;
import io.shale.command.lifecycle.ResetCommand;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.migrate.RepairCommand;
import io.shale.command.migrate.StampCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.command.safety.CheckCommand;
import io.shale.command.safety.LintCommand;
import io.shale.command.safety.VerifyCommand;
import io.shale.command.squash.LiveBaselineCommand;
import io.shale.command.squash.SquashCommand;
import io.shale.config.DatabaseSettings;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.command.safety.VerifySince;
import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.jdbc.UrlDataSource;
import io.shale.migration.MigrationArchive;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
import io.shale.run.Confirmation;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.Settings;
import io.shale.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The library's entry point: every command the CLI has, on one {@link Workspace}, with the same
 * defaults and the same validation, each returning its result record.
 * <pre>{@code
 * try (Workspace workspace = Workspace.builder().dataSource(dataSource, "app db").migrations("classpath:db/migrations").build()) {
 *     UpgradeCommand.Result result = Shale.of(workspace).upgrade();
 * }
 * }</pre>
 * or, for a project on disk, {@code Workspace.load(ConfigRequest.of(projectDir))}. Each call that
 * touches the database opens one connection from the workspace's data source, runs the same command
 * class the CLI runs, and closes the connection; concurrent changes are kept apart by the database lock.
 * A {@code Shale} holds no state of its own; the workspace it was made on owns servers and files.
 */
public final class Shale {
    private final Workspace workspace;
    private final MigrationListener listener;

    private Shale(Workspace workspace, MigrationListener listener) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The facade over a workspace, reporting to no listener. */
    public static Shale of(Workspace workspace) {
        return new Shale(workspace, MigrationListener.NONE);
    }

    /** A workspace made in code and its facade in one chain (see {@link ShaleBuilder}). */
    public static ShaleBuilder configure() {
        return new ShaleBuilder();
    }

    /** The same facade, telling {@code listener} what runs (files, statements, lock waits). */
    public Shale withListener(MigrationListener listener) {
        return new Shale(workspace, listener);
    }

    public Workspace workspace() {
        return workspace;
    }

    public MigrationSet migrations() {
        return workspace.migrations();
    }

    public Settings settings() {
        return workspace.settings();
    }

    // ---- migrating

    /** Applies every pending migration. */
    public UpgradeCommand.Result upgrade() {
        return upgrade(UpgradeCommand.Options.ALL);
    }

    public UpgradeCommand.Result upgrade(UpgradeCommand.Options options) {
        return withContext(ctx -> new UpgradeCommand(ctx, listener).run(options));
    }

    public DowngradeCommand.Result downgrade(DowngradeCommand.Options options) {
        return withContext(ctx -> new DowngradeCommand(ctx, listener).run(options));
    }

    public StampCommand.Result stamp(int version, Confirmation confirmation) {
        return withContext(ctx -> new StampCommand(ctx, listener).run(new StampCommand.Options(version, confirmation)));
    }

    public RepairCommand.Result repair(RepairCommand.Options options) {
        return withContext(ctx -> new RepairCommand(ctx, listener).run(options));
    }

    // ---- the history

    public StatusCommand.Result status() {
        return withContext(ctx -> new StatusCommand(ctx).run());
    }

    public List<AppliedMigration> history() {
        return withContext(ctx -> new HistoryCommand(ctx).run());
    }

    /** Checks files, numbering, {@code shale.sum} and the applied checksums. */
    public ValidateCommand.Result validate() {
        return withContext(ctx -> new ValidateCommand(workspace.migrations(), ctx).run());
    }

    /** Checks files, numbering and {@code shale.sum} without a database. */
    public ValidateCommand.Result validateFiles() {
        return new ValidateCommand(workspace.migrations(), null).run();
    }

    /** Renumbers this branch's migrations after those of {@code options.onto()} and rewrites {@code shale.sum}. */
    public RebaseCommand.Result rebase(RebaseCommand.Options options) {
        try {
            return new RebaseCommand(workspace.config().migrations()).run(options);
        } finally {
            workspace.forgetMigrations();
        }
    }

    // ---- files

    /**
     * What {@code shale hash} did: the migrations' {@code shale.sum}, and the archive's when a squash
     * left one.
     */
    public record HashResult(MigrationWriter.HashResult migrations, Optional<MigrationWriter.HashResult> archive) {
    }

    /** Rewrites {@code shale.sum} (and {@code archive/shale.sum}) from the files, after a reviewed change to them. */
    public HashResult hash() {
        Path folder = workspace.config().migrations();
        try {
            return new HashResult(MigrationWriter.rehash(folder), MigrationArchive.rehash(folder));
        } finally {
            workspace.forgetMigrations();
        }
    }

    /** Writes the next-numbered migration with empty sections and updates {@code shale.sum}; returns the file. */
    public Path newMigration(String message) {
        try {
            return MigrationWriter.create(workspace.migrations(), message, null, null);
        } finally {
            workspace.forgetMigrations();
        }
    }

    /** Converts another tool's migrations into Shale files ({@code shale import}). */
    public ImportCommand.Result importMigrations(ImportCommand.Options options) {
        try {
            return new ImportCommand().run(options);
        } finally {
            workspace.forgetMigrations();
        }
    }

    /**
     * Converts an Alembic project's revisions into Shale files by running Alembic's offline mode
     * ({@code shale import --from alembic}); revisions offline mode cannot render are captured on a scratch database.
     */
    public ImportCommand.Result importAlembic(AlembicImportCommand.Options options) {
        try {
            DataSource ds = workspace.dataSource();
            return new AlembicImportCommand(workspace.dialect(), workspace.scratch(),
                    ds instanceof UrlDataSource url ? url : null, SquashCommand.shaleTables()).run(options);
        } finally {
            workspace.forgetMigrations();
        }
    }

    /**
     * Writes one baseline migration from the live database (its schema, the rows of the tables matched by
     * {@code referenceData}, their sequence positions), proved on a scratch database, and records it as applied
     * there as {@code stamp} does ({@code shale baseline}). A dry run writes and records nothing.
     */
    public LiveBaselineCommand.Result baseline(LiveBaselineCommand.Options options, Confirmation confirmation) {
        LiveBaselineCommand.Result result;
        try {
            result = new LiveBaselineCommand(workspace.dialect(), workspace.scratch(), workspace.migrations(),
                    workspace.skippedTables()).run(workspace.dataSource(), workspace.databaseDescription(), options);
        } finally {
            workspace.forgetMigrations();
        }
        if (result.written()) {
            stamp(result.version(), confirmation);
        }
        return result;
    }

    /** Takes over a database another tool migrated, recording its history as Shale's ({@code shale adopt}). */
    public AdoptCommand.Result adopt(AdoptCommand.Options options) {
        return withContext(ctx -> new AdoptCommand(ctx, listener).run(options));
    }

    // ---- models and safety

    /** Writes the next migration from the difference between the migrations and the models. */
    public GenerateCommand.Result generate(GenerateCommand.Options options) {
        try {
            return new GenerateCommand(workspace.dialect(), workspace.scratch(), workspace.migrations(),
                    workspace.models(), workspace.skippedTables(), workspace.schemas()).run(options);
        } finally {
            workspace.forgetMigrations();
        }
    }

    /** The SQL that turns one schema into another; see {@link #schemaSource(String)} for the sides. */
    public DiffCommand.Result diff(DiffCommand.Options options) {
        return new DiffCommand(workspace.dialect(), workspace.scratch(), workspace.skippedTables(),
                workspace.schemas()).run(options);
    }

    /**
     * A side of a diff as the CLI names it: {@code migrations}, {@code models}, {@code database} (the
     * managed one), a JDBC URL, or a {@code .sql} file of DDL (relative to the project folder).
     *
     * @throws ShaleException USAGE for anything else
     */
    public SchemaSource schemaSource(String spec) {
        switch (spec) {
            case "migrations":
                return new SchemaSource.Migrations(workspace.migrations(), null);
            case "models":
                return new SchemaSource.Models(workspace.models());
            case "database":
                return new SchemaSource.Database(workspace.dataSource(), "the configured database");
            default:
                if (spec.startsWith("jdbc:")) {
                    return new SchemaSource.Database(new UrlDataSource(Dialects.forUrl(spec).driverUrl(spec), null, null),
                            Redaction.url(spec));
                }
                if (spec.endsWith(".sql")) {
                    return new SchemaSource.SqlFile(workspace.config().baseDir().resolve(Path.of(spec)));
                }
                throw new ShaleException(ErrorCode.USAGE, "Unknown schema source '" + spec + "'",
                        "use migrations, models, database, a jdbc: URL or a .sql file");
        }
    }

    /** Runs the lint rules over the migration files (all of them when {@code options.files()} is empty). */
    public LintCommand.Result lint(LintCommand.Options options) {
        return new LintCommand(workspace.dialect(), workspace.scratch(), workspace.migrations(),
                workspace.skippedTables()).run(options);
    }

    /** Replays the migrations on a scratch database that holds rows in every table: up, down and up again. */
    public VerifyCommand.Result verify(VerifyCommand.Options options) {
        return new VerifyCommand(workspace.dialect(), workspace.scratch(), workspace.migrations(),
                workspace.skippedTables(), listener).run(options);
    }

    /**
     * The CI gate ({@code shale check}): files, numbering and {@code shale.sum}; the lint rules when
     * {@code lint}; with {@code drift}, the models (when configured) against the migrations; with
     * {@code database}, the applied checksums too, and with {@code drift} the live database against
     * what its applied migrations build. With {@code verify.since:} configured, also {@code verify} on the
     * migrations new since then.
     */
    public CheckCommand.Result check(boolean lint, boolean drift, boolean database) {
        return check(lint, drift, database, null);
    }

    /**
     * Like {@link #check(boolean, boolean, boolean)}, and with {@code verifySince} (a version number or a
     * git ref, see {@link VerifySince}) also {@code verify} on the migrations that are new since then;
     * null: the configured {@code verify.since:}, if any.
     */
    public CheckCommand.Result check(boolean lint, boolean drift, boolean database, String verifySince) {
        String since = verifySince != null ? verifySince : workspace.verifySince();
        Integer verifyFrom;
        try {
            verifyFrom = since == null ? null : VerifySince.firstNewVersion(since, workspace.migrations());
        } catch (ShaleException e) {
            if (verifySince != null || e.code() != ErrorCode.USAGE) {
                throw e;
            }
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "verify.since (" + (workspace.config().configFile() == null ? "SHALE_VERIFY_SINCE"
                    : workspace.config().configFile().toString()) + "): "
                    + e.getMessage().replaceFirst("^--verify-since ", ""),
                    "give a version number or a git ref this checkout knows, or remove verify.since", e);
        }
        if (!database) {
            return check(new ValidateCommand(workspace.migrations(), null), lint, drift, null, 0, verifyFrom);
        }
        int applied = drift ? status().currentVersion() : 0;
        SchemaSource.Database live = drift ? new SchemaSource.Database(workspace.dataSource(), "the configured database")
                : null;
        return withContext(ctx -> check(new ValidateCommand(workspace.migrations(), ctx), lint, drift, live, applied,
                verifyFrom));
    }

    private CheckCommand.Result check(ValidateCommand validate, boolean lint, boolean drift,
                                      SchemaSource.Database live, int applied, Integer verifyFrom) {
        return new CheckCommand(workspace.dialect(), drift || lint || verifyFrom != null ? workspace.scratch() : null,
                workspace.migrations(), workspace.skippedTables(), validate, workspace.schemas()).run(new CheckCommand.Options(lint, drift,
                drift && workspace.hasModels() ? workspace.models() : null, live, applied, verifyFrom));
    }

    // ---- data

    /** Empties every table but Shale's and the excluded ones, then restores the reference rows (the configured policy). */
    public ClearCommand.Result clear(Confirmation confirmation) {
        return clear(new ClearCommand.Options(workspace.exclude(), workspace.referenceData(), confirmation));
    }

    public ClearCommand.Result clear(ClearCommand.Options options) {
        return withContext(ctx -> new ClearCommand(ctx, listener, lifecycleScratch(ctx)).run(options));
    }

    /** Like {@link #clear(ClearCommand.Options)}, building the reference rows in databases from {@code scratch}. */
    public ClearCommand.Result clear(ClearCommand.Options options, ScratchProvider scratch) {
        return withContext(ctx -> new ClearCommand(ctx, listener, scratch).run(options));
    }

    /**
     * Resets the database, keeping the configured {@code exclude:} tables; a database that does not
     * exist (after {@code dropdb}) is created first on PostgreSQL and MySQL/MariaDB, and a SQLite file
     * that does not exist (with its folder) likewise.
     */
    public ResetCommand.Result reset(ResetCommand.Options options) {
        ResetCommand.Options keeping = options.excluding(workspace.exclude());
        String createdFile = ResetCommand.createMissingFile(workspace.dataSource(), workspace.databaseDescription(),
                workspace.settings(), keeping.confirmation());
        if (createdFile != null) {
            return withContext(ctx -> new ResetCommand(ctx, listener).run(keeping)).noting(createdFile);
        }
        try {
            return withContext(ctx -> new ResetCommand(ctx, listener).run(keeping));
        } catch (ShaleException e) {
            if (e.code() != ErrorCode.DB_NOT_FOUND) {
                throw e;
            }
            String created = ResetCommand.createMissing(workspace.dataSource(), workspace.databaseDescription(),
                    workspace.settings(), keeping.confirmation(), e);
            return withContext(ctx -> new ResetCommand(ctx, listener).run(keeping)).noting(created);
        }
    }

    /** Runs the seed set {@code name} from the configured seeds folder, leaving excluded tables alone. */
    public SeedCommand.Result seed(String name, Confirmation confirmation) {
        return seed(new SeedCommand.Options(workspace.seeds(), name, workspace.exclude(), confirmation));
    }

    public SeedCommand.Result seed(SeedCommand.Options options) {
        return withContext(ctx -> new SeedCommand(ctx, listener).run(options));
    }

    /** Runs the configured purge rule {@code rule} with its parameters. */
    public PurgeCommand.Result purge(String rule, Map<String, String> params, boolean dryRun, Confirmation confirmation) {
        return purge(new PurgeCommand.Options(workspace.purgeRule(rule), params, dryRun, workspace.exclude(),
                confirmation));
    }

    public PurgeCommand.Result purge(PurgeCommand.Options options) {
        return withContext(ctx -> new PurgeCommand(ctx, listener).run(options));
    }

    /** Replaces the migrations up to a version with one baseline holding the schema and the reference rows. */
    public SquashCommand.Result squash(SquashCommand.Options options) {
        try {
            return new SquashCommand(workspace.dialect(), workspace.scratch(), workspace.migrations(),
                    workspace.skippedTables(), listener).run(options);
        } finally {
            workspace.forgetMigrations();
        }
    }

    /** Runs {@code work} with a fresh context (one connection), closing it afterwards. */
    public <T> T withContext(Function<MigrationContext, T> work) {
        try (MigrationContext ctx = MigrationContext.open(workspace.dataSource(), workspace.databaseDescription(),
                workspace.migrations(), workspace.settings())) {
            return work.apply(ctx);
        }
    }

    /**
     * Where clear builds its reference rows: the {@code scratch:} server when configured, else
     * beside the managed database, connecting with the managed database's own configured credentials
     * (a data source given in code: the URL and user its connection reports, and no password).
     */
    private ScratchProvider lifecycleScratch(MigrationContext ctx) {
        Optional<DatabaseSettings> scratch = workspace.scratchServer();
        if (scratch.isPresent()) {
            DatabaseSettings s = scratch.get();
            return ScratchDatabases.beside(ctx.dialect(), s.url(), s.user(),
                    s.password() == null ? null : s.password().reveal());
        }
        Optional<Workspace.DatabaseLogin> login = workspace.databaseLogin();
        if (login.isPresent()) {
            Workspace.DatabaseLogin l = login.get();
            return ScratchDatabases.beside(ctx.dialect(), l.url(), l.user(), l.password());
        }
        return LifecycleScratch.beside(ctx);
    }
}
