package io.shale;

import io.shale.command.lifecycle.ClearCommand;
import io.shale.run.Confirmation;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.history.HistoryCommand;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.command.lifecycle.PurgeCommand;
import io.shale.command.migrate.RepairCommand;
import io.shale.command.lifecycle.ResetCommand;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.run.Settings;
import io.shale.command.migrate.StampCommand;
import io.shale.command.history.StatusCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.command.history.ValidateCommand;
import io.shale.dialect.ScratchProvider;
import io.shale.history.AppliedMigration;
import io.shale.migration.MigrationSet;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The library's entry point:
 * <pre>{@code
 * Shale shale = Shale.configure()
 *         .dataSource(dataSource)
 *         .migrations(Path.of("db/migrations"))
 *         .load();
 * UpgradeCommand.Result result = shale.upgrade();
 * }</pre>
 * Each call opens one connection from the data source, runs the same command class the CLI runs,
 * and closes the connection. A {@code Shale} is immutable and may be shared between threads;
 * concurrent upgrades are kept apart by the database lock.
 */
public final class Shale {
    private final DataSource dataSource;
    private final String where;
    private final MigrationSet migrations;
    private final Settings settings;
    private final MigrationListener listener;

    Shale(DataSource dataSource, String where, MigrationSet migrations, Settings settings, MigrationListener listener) {
        this.dataSource = dataSource;
        this.where = where;
        this.migrations = migrations;
        this.settings = settings;
        this.listener = listener;
    }

    public static ShaleBuilder configure() {
        return new ShaleBuilder();
    }

    public MigrationSet migrations() {
        return migrations;
    }

    public Settings settings() {
        return settings;
    }

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

    public StatusCommand.Result status() {
        return withContext(ctx -> new StatusCommand(ctx).run());
    }

    public List<AppliedMigration> history() {
        return withContext(ctx -> new HistoryCommand(ctx).run());
    }

    /** Checks files, numbering, {@code shale.sum} and the applied checksums. */
    public ValidateCommand.Result validate() {
        return withContext(ctx -> new ValidateCommand(migrations, ctx).run());
    }

    public StampCommand.Result stamp(int version, Confirmation confirmation) {
        return withContext(ctx -> new StampCommand(ctx, listener).run(new StampCommand.Options(version, confirmation)));
    }

    public RepairCommand.Result repair(RepairCommand.Options options) {
        return withContext(ctx -> new RepairCommand(ctx, listener).run(options));
    }

    public ClearCommand.Result clear(ClearCommand.Options options, ScratchProvider scratch) {
        return withContext(ctx -> new ClearCommand(ctx, listener, scratch).run(options));
    }

    public PurgeCommand.Result purge(PurgeCommand.Options options) {
        return withContext(ctx -> new PurgeCommand(ctx, listener).run(options));
    }

    public ResetCommand.Result reset(ResetCommand.Options options) {
        return withContext(ctx -> new ResetCommand(ctx, listener).run(options));
    }

    public SeedCommand.Result seed(SeedCommand.Options options) {
        return withContext(ctx -> new SeedCommand(ctx, listener).run(options));
    }

    /** Runs {@code work} with a fresh context (one connection), closing it afterwards. */
    public <T> T withContext(Function<MigrationContext, T> work) {
        try (MigrationContext ctx = MigrationContext.open(dataSource, where, migrations, settings)) {
            return work.apply(ctx);
        }
    }
}
