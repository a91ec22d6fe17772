package io.shale.fleet;

import io.shale.Shale;
import io.shale.command.history.StatusCommand;
import io.shale.command.history.ValidateCommand;
import io.shale.command.lifecycle.ClearCommand;
import io.shale.command.lifecycle.PurgeCommand;
import io.shale.command.lifecycle.ResetCommand;
import io.shale.command.lifecycle.SeedCommand;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.migrate.RepairCommand;
import io.shale.command.migrate.StampCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.command.safety.CheckCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import io.shale.dialect.JdbcUrls;
import io.shale.run.Confirmation;
import io.shale.run.MigrationContext;
import io.shale.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The commands of one project over many targets: the project's workspace gives the settings and
 * the migrations (read once), {@code targets:} gives the databases. Each target gets a workspace of
 * its own (its database, credentials, schema and environment) and runs the same command class a
 * single database runs, with its own connection, lock, guard and history.
 * <pre>{@code
 * try (Workspace project = Workspace.load(ConfigRequest.of(dir))) {
 *     Fleet fleet = Fleet.of(project);
 *     FleetResult<UpgradeCommand.Result> r = fleet.upgrade(fleet.choose("tenant_*", null),
 *             FleetOptions.defaults(), FleetListener.NONE, UpgradeCommand.Options.ALL);
 * }
 * }</pre>
 */
public final class Fleet {
    private final Workspace project;
    private List<Target> targets;

    private Fleet(Workspace project) {
        this.project = Objects.requireNonNull(project, "project");
    }

    public static Fleet of(Workspace project) {
        return new Fleet(project);
    }

    /** The project's workspace: the settings and migrations every target shares. */
    public Workspace project() {
        return project;
    }

    /** Every target, generators expanded (connecting to them once, on first call). */
    public synchronized List<Target> targets() {
        if (targets == null) {
            targets = TargetResolver.resolve(project.config().targets());
        }
        return targets;
    }

    /**
     * The targets {@code spec} chooses ({@link TargetSelection}), then those of {@code shard} (null: all).
     *
     * @throws ShaleException USAGE when no target is configured, or when the spec chooses none
     */
    public List<Target> choose(String spec, Shard shard) {
        if (project.config().targets().isEmpty()) {
            throw new ShaleException(ErrorCode.USAGE, "--target " + spec + " was given, but "
                    + (project.config().configFile() == null ? "there is no shale.yaml" : project.config().configFile()
                    + " has no `targets:`"), "list the targets under `targets:` in shale.yaml (docs/fleets.md), or "
                    + "leave out --target to use `database:`");
        }
        List<Target> chosen = TargetSelection.select(targets(), spec);
        return shard == null ? chosen : shard.select(chosen);
    }

    /** The workspace of one target; the caller closes it. */
    public Workspace workspace(Target target) {
        return FleetWorkspaces.of(project, target);
    }

    /** What one target's command does with its facade. */
    @FunctionalInterface
    public interface Work<T> {
        FleetRunner.Outcome<T> run(Shale shale, Target target);
    }

    /** Runs {@code work} on each target with its own workspace, as {@link FleetRunner} schedules it. */
    public <T> FleetResult<T> run(List<Target> chosen, FleetOptions options, FleetListener listener, Work<T> work) {
        return new FleetRunner(options, listener).run(chosen, target -> {
            try (Workspace workspace = workspace(target)) {
                return work.run(Shale.of(workspace), target);
            }
        });
    }

    /** Applies the pending migrations on each target; a schema target's schema is created if missing. */
    public FleetResult<UpgradeCommand.Result> upgrade(List<Target> chosen, FleetOptions options,
                                                      FleetListener listener, UpgradeCommand.Options upgrade) {
        return run(chosen, options, listener, (shale, target) -> {
            if (!upgrade.dryRun()) {
                FleetWorkspaces.ensureSchema(target);
            }
            UpgradeCommand.Result r;
            try {
                r = shale.upgrade(upgrade);
            } catch (ShaleException e) {
                return new FleetRunner.Outcome<>(null, versionOrNull(shale), null, e);
            }
            return new FleetRunner.Outcome<>(r.fromVersion(), r.toVersion(), r);
        });
    }

    /** Each target's status; a target is done when it could be read, pending migrations or not. */
    public FleetResult<StatusCommand.Result> status(List<Target> chosen, FleetOptions options, FleetListener listener) {
        return run(chosen, options, listener, (shale, target) -> {
            StatusCommand.Result r = shale.status();
            return new FleetRunner.Outcome<>(r.currentVersion(), r.currentVersion(), r);
        });
    }

    /** Validates files and each target's applied checksums; a target with an error fails (VALIDATION_FAILED). */
    public FleetResult<ValidateCommand.Result> validate(List<Target> chosen, FleetOptions options,
                                                        FleetListener listener) {
        return run(chosen, options, listener, (shale, target) -> {
            ValidateCommand.Result r = shale.validate();
            return new FleetRunner.Outcome<>(null, null, r, r.ok() ? null : problems(target, "validation",
                    r.problems().stream().filter(p -> p.severity() == ValidateCommand.Severity.ERROR)
                            .map(p -> p.code() + ": " + p.message()).toList()));
        });
    }

    /** {@code shale check} with the database, per target; a target with a problem fails (VALIDATION_FAILED). */
    public FleetResult<CheckCommand.Result> check(List<Target> chosen, FleetOptions options, FleetListener listener,
                                                  boolean lint, boolean drift) {
        return run(chosen, options, listener, (shale, target) -> {
            int version = shale.status().currentVersion();
            CheckCommand.Result r = shale.check(lint, drift, true);
            return new FleetRunner.Outcome<>(version, version, r, r.ok() ? null : problems(target, "check",
                    r.problems().stream().filter(CheckCommand.Problem::error).map(p -> p.code() + ": " + p.message())
                            .toList()));
        });
    }

    /**
     * Downgrades each target. The guard runs per target: a target in a protected environment is
     * refused unless {@code confirmation} allows protected targets and names this one.
     */
    public FleetResult<DowngradeCommand.Result> downgrade(List<Target> chosen, FleetOptions options,
                                                          FleetListener listener, DowngradeCommand.Options downgrade,
                                                          FleetConfirmation confirmation) {
        return guarded(chosen, options, listener, confirmation, (shale, target, own) -> {
            DowngradeCommand.Result r = shale.downgrade(new DowngradeCommand.Options(downgrade.target(),
                    downgrade.steps(), downgrade.dryRun(), own));
            return new FleetRunner.Outcome<>(r.fromVersion(), r.toVersion(), r);
        });
    }

    /**
     * Empties each target's tables (but Shale's and the {@code exclude:} ones), restores the rows its
     * migrations insert, then runs the seed set {@code seed} when it is not null. The rows come from a
     * replay of the migrations in a scratch database, not from a template database kept per target
     * ({@link FleetClear}). Guarded per target as {@link #downgrade} is.
     */
    public FleetResult<ClearCommand.Result> clear(List<Target> chosen, FleetOptions options, FleetListener listener,
                                                  FleetConfirmation confirmation, String seed) {
        return guarded(chosen, options, listener, confirmation, (shale, target, own) -> {
            ClearCommand.Result r = FleetClear.run(project, target, own);
            if (seed != null) {
                List<String> reference = new ArrayList<>(shale.workspace().exclude());
                reference.addAll(r.restored().keySet());
                shale.seed(new SeedCommand.Options(shale.workspace().seeds(), seed, reference, own));
            }
            return new FleetRunner.Outcome<>(r.version(), r.version(), r);
        });
    }

    /**
     * Rebuilds each target from the migrations, then runs the seed set {@code seed} when it is not
     * null. A database target has every object dropped (or, with {@code recreate}, the database
     * dropped and created); no template databases are made, which would be two more databases per
     * target. A schema target shares its database with other tenants: only the objects of its own
     * schema are dropped ({@link SchemaReset}), and {@code recreate} or {@code extensions} fail it
     * (USAGE). Guarded per target as {@link #downgrade} is.
     */
    public FleetResult<ResetCommand.Result> reset(List<Target> chosen, FleetOptions options, FleetListener listener,
                                                  boolean extensions, boolean recreate, FleetConfirmation confirmation,
                                                  String seed) {
        return guarded(chosen, options, listener, confirmation, (shale, target, own) -> {
            Integer before = versionOrNull(shale);
            ResetCommand.Result r = target.schema() != null
                    ? SchemaReset.run(shale, target, extensions, recreate, own)
                    : shale.reset(new ResetCommand.Options(extensions, recreate, false, own));
            r.awaitSpare();
            if (seed != null) {
                shale.seed(new SeedCommand.Options(shale.workspace().seeds(), seed, List.of(), own));
            }
            return new FleetRunner.Outcome<>(before, r.upgrade() == null ? shale.migrations().latestVersion()
                    : r.upgrade().toVersion(), r);
        });
    }

    /**
     * Deletes the rows {@code purge}'s rule matches on each target, with every row depending on them;
     * {@code purge}'s confirmation is ignored (each target gets its own). A dry run changes nothing.
     */
    public FleetResult<PurgeCommand.Result> purge(List<Target> chosen, FleetOptions options, FleetListener listener,
                                                  PurgeCommand.Options purge, FleetConfirmation confirmation) {
        return guarded(chosen, options, listener, confirmation, (shale, target, own) -> {
            PurgeCommand.Result r = shale.purge(new PurgeCommand.Options(purge.rule(), purge.params(), purge.dryRun(),
                    purge.exclude(), purge.dryRun() ? Confirmation.NONE : own));
            return new FleetRunner.Outcome<>(null, null, r);
        });
    }

    /** Runs the seed set {@code name} on each target, leaving the excluded and reference tables alone. */
    public FleetResult<SeedCommand.Result> seed(List<Target> chosen, FleetOptions options, FleetListener listener,
                                                String name, FleetConfirmation confirmation) {
        return guarded(chosen, options, listener, confirmation, (shale, target, own) -> {
            Workspace workspace = shale.workspace();
            List<String> reference = new ArrayList<>(workspace.exclude());
            reference.addAll(workspace.referenceData().tables());
            SeedCommand.Result r = shale.seed(new SeedCommand.Options(workspace.seeds(), name, reference, own));
            return new FleetRunner.Outcome<>(null, null, r);
        });
    }

    /** Records the migrations up to {@code version} as applied on each target (and later ones as not), running none. */
    public FleetResult<StampCommand.Result> stamp(List<Target> chosen, FleetOptions options, FleetListener listener,
                                                  int version, FleetConfirmation confirmation) {
        return guarded(chosen, options, listener, confirmation, (shale, target, own) -> {
            StampCommand.Result r = shale.stamp(version, own);
            return new FleetRunner.Outcome<>(r.fromVersion(), r.toVersion(), r);
        });
    }

    /**
     * Repairs each target's history ({@link RepairCommand}); {@code repair}'s confirmation is ignored.
     * A target with nothing to repair is done, unchanged.
     */
    public FleetResult<RepairCommand.Result> repair(List<Target> chosen, FleetOptions options, FleetListener listener,
                                                    RepairCommand.Options repair, FleetConfirmation confirmation) {
        return guarded(chosen, options, listener, confirmation, (shale, target, own) -> {
            Integer version = versionOrNull(shale);
            try {
                RepairCommand.Result r = shale.repair(new RepairCommand.Options(repair.checksums(), repair.dryRun(),
                        own, repair.markApplied()));
                return new FleetRunner.Outcome<>(version, versionOrNull(shale), r);
            } catch (ShaleException e) {
                if (e.code() != ErrorCode.NOTHING_TO_REPAIR) {
                    throw e;
                }
                return new FleetRunner.Outcome<>(version, version,
                        new RepairCommand.Result(List.of(), List.of(), false));
            }
        });
    }

    /** What a destructive command does on one target, given the confirmation for that target alone. */
    @FunctionalInterface
    private interface GuardedWork<T> {
        FleetRunner.Outcome<T> run(Shale shale, Target target, Confirmation own);
    }

    /**
     * Runs a destructive command per target: each target gets the confirmation of its own name (the
     * guard then refuses a protected target that was not named), and a refusal names the target.
     */
    private <T> FleetResult<T> guarded(List<Target> chosen, FleetOptions options, FleetListener listener,
                                       FleetConfirmation confirmation, GuardedWork<T> work) {
        return run(chosen, options, listener, (shale, target) -> {
            try {
                return work.run(shale, target, confirmation.forTarget(target, database(shale)));
            } catch (ShaleException e) {
                throw refusalNamingTarget(e, target);
            }
        });
    }

    /**
     * The name the guard asks to confirm: the connected database's, or, where it does not exist yet
     * (reset creates it), the one its URL names.
     */
    private static String database(Shale shale) {
        try {
            return shale.withContext(MigrationContext::identity).database();
        } catch (ShaleException e) {
            if (e.code() == ErrorCode.DB_NOT_FOUND && shale.workspace().dataSource() instanceof UrlDataSource url) {
                return JdbcUrls.database(url.url());
            }
            throw e;
        }
    }

    /**
     * The target's version (after a failed upgrade: where it stopped, each file commits on its own),
     * or null when it cannot be read.
     */
    private static Integer versionOrNull(Shale shale) {
        try {
            return shale.status().currentVersion();
        } catch (ShaleException e) {
            return null;
        }
    }

    private static ShaleException problems(Target target, String what, List<String> errors) {
        return new ShaleException(ErrorCode.VALIDATION_FAILED, "The " + what + " of target " + target.describe()
                + " found " + errors.size() + " error(s): " + String.join("; ", errors),
                "fix the listed problems (a hand-made change: undo it, or write a migration that makes it) and run "
                        + "the command again");
    }

    /** The guard's refusals say to confirm the database; in a fleet the target's own name is confirmed. */
    private static ShaleException refusalNamingTarget(ShaleException e, Target target) {
        return switch (e.code()) {
            case CONFIRMATION_REQUIRED -> new ShaleException(e.code(), e.getMessage() + " (target " + target.name() + ")",
                    "pass --yes, or --confirm " + target.name() + " (the target's own name)", e);
            case PROTECTED_ENVIRONMENT, ENVIRONMENT_MISMATCH -> new ShaleException(e.code(),
                    e.getMessage() + " (target " + target.name() + ")",
                    "confirm this target by its own name: --allow-protected --confirm " + target.name(), e);
            default -> e;
        };
    }
}
