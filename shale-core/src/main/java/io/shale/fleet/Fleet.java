package io.shale.fleet;

import io.shale.Shale;
import io.shale.command.history.StatusCommand;
import io.shale.command.history.ValidateCommand;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.command.safety.CheckCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.run.MigrationContext;
import io.shale.workspace.Workspace;
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
                return new FleetRunner.Outcome<>(null, versionAfterFailure(shale), null, e);
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
        return run(chosen, options, listener, (shale, target) -> {
            String database = shale.withContext(MigrationContext::identity).database();
            DowngradeCommand.Options own = new DowngradeCommand.Options(downgrade.target(), downgrade.steps(),
                    downgrade.dryRun(), confirmation.forTarget(target, database));
            try {
                DowngradeCommand.Result r = shale.downgrade(own);
                return new FleetRunner.Outcome<>(r.fromVersion(), r.toVersion(), r);
            } catch (ShaleException e) {
                throw refusalNamingTarget(e, target);
            }
        });
    }

    /** Where a failed upgrade left the target (each file commits on its own), or null when it cannot be read. */
    private static Integer versionAfterFailure(Shale shale) {
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
