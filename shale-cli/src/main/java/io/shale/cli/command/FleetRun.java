package io.shale.cli.command;

import io.shale.cli.CliEnvironment;
import io.shale.cli.ExitCodes;
import io.shale.cli.FleetFlags;
import io.shale.cli.GlobalOptions;
import io.shale.cli.Project;
import io.shale.cli.Terminal;
import io.shale.cli.output.FleetProgress;
import io.shale.cli.output.FleetReport;
import io.shale.error.ErrorCode;
import io.shale.fleet.Fleet;
import io.shale.fleet.FleetListener;
import io.shale.fleet.FleetOptions;
import io.shale.fleet.FleetResult;
import io.shale.fleet.Shard;
import io.shale.fleet.Target;
import io.shale.fleet.TargetResult;
import java.util.List;
import java.util.function.Predicate;

/**
 * A command run on the targets {@code --target} chooses: the project is loaded once, the targets are
 * chosen and sharded, a progress bar runs on a terminal, and the report is the table or, with
 * {@code --json}, one JSON document with one entry per target.
 */
final class FleetRun {
    /** The fleet command itself: the chosen targets in, their results out. */
    @FunctionalInterface
    interface Body {
        FleetResult<?> run(Fleet fleet, List<Target> targets, FleetOptions options, FleetListener listener);
    }

    private FleetRun() {
    }

    /**
     * Runs {@code body} and prints the report.
     *
     * @return 0 when every target is done; else the exit code of the first failed target's error
     *         (1 for a check or validation that found problems)
     */
    static int run(CliEnvironment env, GlobalOptions global, FleetFlags flags, boolean json, String command,
                   Body body) {
        return run(env, global, flags, json, command, body, result -> false);
    }

    /** As {@link #run(CliEnvironment, GlobalOptions, FleetFlags, boolean, String, Body)}, exiting 1 where {@code check} holds. */
    static int run(CliEnvironment env, GlobalOptions global, FleetFlags flags, boolean json, String command,
                   Body body, Predicate<FleetResult<?>> check) {
        FleetOptions options = flags.options();
        Shard shard = flags.shard();
        Terminal terminal = json ? Terminal.NONE : env.terminal();
        FleetProgress progress = new FleetProgress(terminal.interactive());
        FleetResult<?> result;
        try (Project project = Project.load(env, global)) {
            Fleet fleet = Fleet.of(project.workspace());
            List<Target> targets = fleet.choose(flags.target, shard);
            try {
                result = body.run(fleet, targets, options, progress);
            } finally {
                progress.done();
            }
        }
        if (json) {
            FleetReport.json(env.out(), command, shard, result);
        } else {
            FleetReport.text(env.out(), result);
        }
        int code = exitCode(result);
        return code == ExitCodes.OK && check.test(result) ? ExitCodes.CHECK_FAILED : code;
    }

    static int exitCode(FleetResult<?> result) {
        return result.results().stream().filter(r -> r.status() == TargetResult.Status.FAILED).findFirst()
                .map(r -> r.error().code() == ErrorCode.VALIDATION_FAILED ? ExitCodes.CHECK_FAILED
                        : ExitCodes.of(r.error().code().category()))
                .orElse(ExitCodes.OK);
    }
}
