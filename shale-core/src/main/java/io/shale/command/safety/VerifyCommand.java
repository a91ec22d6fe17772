package io.shale.command.safety;

import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.run.Confirmation;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.Settings;

import io.shale.command.generate.CatalogSources;
import io.shale.data.synthetic.FillReport;
import io.shale.data.synthetic.SyntheticData;
import io.shale.dialect.DataOperations;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.diff.Differ;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.migration.Migration;
import io.shale.migration.MigrationSet;
import io.shale.schema.Catalog;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code shale verify}: proves that the migrations work on a database that holds data. In one
 * scratch database, for each migration in order: fill every table with generated rows, apply the
 * up section, apply the down section and require the catalog to equal the one before, apply the
 * up section again. Stops at the first failure. Migrations run through {@link UpgradeCommand} and
 * {@link DowngradeCommand}, so history and transactions behave as in production.
 */
public final class VerifyCommand {

    /**
     * @param from the first migration to verify (earlier ones are applied to the empty database)
     * @param rows generated rows per table before each migration
     */
    public record Options(int from, int rows) {
        public static final Options DEFAULTS = new Options(1, 20);
    }

    /** One migration that passed, with the generated rows it met. */
    public record Step(int version, String script, Map<String, Integer> rowsInserted, boolean downVerified) {
        public Step {
            rowsInserted = Map.copyOf(rowsInserted);
        }
    }

    /**
     * @param passed         the migrations that passed, in order
     * @param failure        the first migration failure, null when all passed
     * @param generatorNotes generated rows the database rejected (the generator's problem, not a migration's)
     * @param notes          steps skipped, e.g. a migration without a down section
     */
    public record Result(String database, List<Step> passed, VerifyFailure failure, List<String> generatorNotes,
                         List<String> notes) {
        public Result {
            passed = List.copyOf(passed);
            generatorNotes = List.copyOf(generatorNotes);
            notes = List.copyOf(notes);
        }

        public boolean ok() {
            return failure == null;
        }
    }

    /**
     * The phases told to the listener: the migrations before {@code --from} (only when there are some),
     * then the verified ones, one unit per migration that passed, named by its script.
     */
    public static final String APPLYING_EARLIER = "Applying the migrations before --from";
    public static final String VERIFYING = "Verifying migrations with data";

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final MigrationSet migrations;
    private final Predicate<String> skipTable;
    private final MigrationListener listener;

    /** @param skipTable tables neither filled nor compared; Shale's history and meta tables are always skipped */
    public VerifyCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, Predicate<String> skipTable) {
        this(dialect, scratch, migrations, skipTable, MigrationListener.NONE);
    }

    /** @param listener told the phases above as they go; the scratch database's own runs print no migration lines */
    public VerifyCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, Predicate<String> skipTable,
                         MigrationListener listener) {
        this.dialect = dialect;
        this.scratch = scratch;
        this.migrations = migrations;
        this.skipTable = skipTable;
        this.listener = listener;
    }

    public Result run(Options options) {
        if (options.from() < 1 || options.rows() < 0) {
            throw new ShaleException(ErrorCode.USAGE, "verify needs --from 1 or more and --rows 0 or more, got --from "
                    + options.from() + " --rows " + options.rows(), "for example: shale verify --from 3 --rows 10");
        }
        List<Migration> todo = migrations.migrations().stream().filter(m -> m.version() >= options.from()).toList();
        if (todo.isEmpty()) {
            throw new ShaleException(ErrorCode.TARGET_INVALID, "There is no migration with version " + options.from()
                    + " or above (newest is " + migrations.latestVersion() + ")", "pass --from with an existing version");
        }
        Settings settings = Settings.defaults(migrations.directory().toString());
        Predicate<String> skip = skipTable.or(t -> t.equalsIgnoreCase(settings.historyTable())
                || t.equalsIgnoreCase(settings.metaTable()));
        try (ScratchDatabase db = scratch.create("verify");
                MigrationContext ctx = MigrationContext.open(db.dataSource(), db.description(), migrations, settings)) {
            Run run = new Run(ctx, db, new CatalogSources(dialect, scratch, skip), skip, options.rows());
            List<Migration> earlier = migrations.migrations().stream().filter(m -> m.version() < options.from())
                    .toList();
            int before = earlier.stream().mapToInt(Migration::version).max().orElse(0);
            if (before > 0) {
                listener.stepStarted(APPLYING_EARLIER, earlier.size());
                new UpgradeCommand(ctx, MigrationListener.countingFinished(listener))
                        .run(new UpgradeCommand.Options(before, false, false));
                listener.stepFinished();
            }
            listener.stepStarted(VERIFYING, todo.size());
            for (Migration m : todo) {
                if (!run.verify(m)) {
                    break;
                }
                listener.stepProgress(run.passed.size(), m.script());
            }
            listener.stepFinished();
            return new Result(db.description(), run.passed, run.failure, run.generatorNotes, run.notes);
        }
    }

    /** The state of one verify run over one scratch database. */
    private final class Run {
        final MigrationContext ctx;
        final ScratchDatabase db;
        final CatalogSources sources;
        final Predicate<String> skip;
        final int rows;
        final DataOperations ops = dialect.dataOperations();
        final SyntheticData data = new SyntheticData(ops);
        final Differ differ = new Differ(dialect.diffHooks());
        final List<Step> passed = new ArrayList<>();
        final List<String> generatorNotes = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final VerifyFillLedger ledger = new VerifyFillLedger();
        VerifyFailure failure;
        Catalog lastBefore = Catalog.empty();

        Run(MigrationContext ctx, ScratchDatabase db, CatalogSources sources, Predicate<String> skip, int rows) {
            this.ctx = ctx;
            this.db = db;
            this.sources = sources;
            this.skip = skip;
            this.rows = rows;
        }

        /** @return whether the migration passed */
        boolean verify(Migration m) {
            Catalog before = sources.inspect(db.dataSource(), db.description());
            lastBefore = before;
            FillReport fill = fill(before);
            fill.notes().forEach(n -> generatorNotes.add("before " + m.script() + ": " + n));
            if (!step(m, VerifyFailure.Phase.UP)) {
                return false;
            }
            if (!m.hasDown()) {
                notes.add(m.script() + ": no down section; down and up again skipped");
                passed.add(new Step(m.version(), m.script(), fill.inserted(), false));
                return true;
            }
            if (!step(m, VerifyFailure.Phase.DOWN)) {
                return false;
            }
            Catalog after = sources.inspect(db.dataSource(), db.description());
            Plan left = differ.diff(after, before, Renames.NONE, skip);
            if (!left.isEmpty()) {
                failure = VerifyTrace.failure(m, left, dialect, after, before);
                return false;
            }
            if (!step(m, VerifyFailure.Phase.UP_AGAIN)) {
                return false;
            }
            passed.add(new Step(m.version(), m.script(), fill.inserted(), true));
            return true;
        }

        private FillReport fill(Catalog catalog) {
            try {
                FillReport report = data.fill(ctx.connection(), catalog, rows, skip);
                ledger.add(report);
                return report;
            } catch (SQLException e) {
                throw new ShaleException(ErrorCode.DB_ERROR, "Could not fill " + db.description()
                        + " with generated rows: " + e.getMessage(), "check the scratch server's log", e);
            }
        }

        private boolean step(Migration m, VerifyFailure.Phase phase) {
            try {
                if (phase == VerifyFailure.Phase.DOWN) {
                    new DowngradeCommand(ctx, MigrationListener.NONE)
                            .run(new DowngradeCommand.Options(null, 1, false, Confirmation.YES));
                } else {
                    new UpgradeCommand(ctx, MigrationListener.NONE)
                            .run(new UpgradeCommand.Options(m.version(), false, false));
                }
                return true;
            } catch (ShaleException e) {
                if (e.code() != ErrorCode.MIGRATION_FAILED) {
                    throw e;
                }
                failure = failureOf(m, phase, e);
                return false;
            }
        }

        private VerifyFailure failureOf(Migration m, VerifyFailure.Phase phase, ShaleException e) {
            String named = VerifySamples.tableOf(VerifySamples.statementOf(e.getMessage())).orElse(null);
            String table = named == null ? null : lastBefore.tables().stream().map(t -> t.name())
                    .filter(n -> n.equalsIgnoreCase(named)).findFirst().orElse(null);
            long total = -1;
            List<String> sample = List.of();
            if (table != null) {
                try (Connection c = Connections.open(db.dataSource(), db.description())) {
                    total = VerifySamples.count(c, ops, table);
                    sample = VerifySamples.rows(c, ops, table);
                } catch (SQLException ignored) {
                    // Closing the sampling connection failed: the samples read are still good.
                }
            }
            String dbError = e.getCause() == null ? null : e.getCause().getMessage();
            return new VerifyFailure(m.version(), m.script(), phase, e.getMessage(),
                    dbError == null ? null : dbError.lines().findFirst().orElse(dbError), table,
                    table == null ? 0 : ledger.generated(table), total, sample, List.of(),
                    "the migration fails on a database that holds rows like these; make it data-safe "
                            + "(a default or a backfill before NOT NULL, clean up before a unique or foreign key, "
                            + "check lengths before narrowing) and run `shale verify` again");
        }
    }
}
