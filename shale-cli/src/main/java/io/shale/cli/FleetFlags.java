package io.shale.cli;

import io.shale.fleet.FleetOptions;
import io.shale.fleet.Shard;
import picocli.CommandLine.Option;

/**
 * The flags of every command that can run on many targets. Without {@code --target} the command
 * runs on {@code database:} as always, and the other flags are refused.
 */
public final class FleetFlags {
    @Option(names = "--target", paramLabel = "NAME|GLOB|all",
            description = {"Run on these targets from `targets:` in shale.yaml: names, entries or globs,",
                    "comma-separated, or `all` (docs/fleets.md). Default: `database:`."})
    public String target;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Run at most N targets at once (default: twice the processors, 2 to 8).")
    Integer parallel;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Run only shard K of N of the chosen targets (split by a hash of the names).")
    String shard;

    @Option(names = "--fail-fast", description = "Start no further target once one has failed.")
    boolean failFast;

    @Option(names = "--canary", paramLabel = "K", description = "Run K targets first; stop if any of them fails.")
    Integer canary;

    /** True when {@code --target} was given. */
    public boolean active() {
        return target != null;
    }

    /**
     * @throws io.shale.error.ShaleException USAGE for a fleet flag without {@code --target}, or a bad value
     */
    public FleetOptions options() {
        requireTarget();
        return new FleetOptions(parallel != null ? parallel : FleetOptions.defaultParallelism(), failFast,
                canary == null ? 0 : canary);
    }

    /** The shard, or null for all chosen targets. */
    public Shard shard() {
        return shard == null ? null : Shard.parse(shard);
    }

    /** Refuses the fleet flags when there is no {@code --target}. */
    public void requireTarget() {
        if (target == null && (parallel != null || shard != null || failFast || canary != null)) {
            throw Project.usage("--parallel, --shard, --fail-fast and --canary need --target",
                    "add --target all (or a target's name or a glob) to run on the targets in shale.yaml");
        }
    }
}
