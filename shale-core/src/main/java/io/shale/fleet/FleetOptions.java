package io.shale.fleet;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;

/**
 * How a fleet command runs its targets.
 *
 * @param parallel at most this many targets at once (at least 1)
 * @param failFast start no further target once one has failed (those running finish)
 * @param canary   run this many targets first (in parallel as allowed) and start no other if one of them
 *                 fails; 0 for none
 */
public record FleetOptions(int parallel, boolean failFast, int canary) {
    public FleetOptions {
        if (parallel < 1) {
            throw new ShaleException(ErrorCode.USAGE, "--parallel " + parallel + " is not a number of targets",
                    "give --parallel 1 or more (default " + defaultParallelism() + " on this machine)");
        }
        if (canary < 0) {
            throw new ShaleException(ErrorCode.USAGE, "--canary " + canary + " is negative",
                    "give the number of targets to try first, e.g. --canary 2");
        }
    }

    /** The default: keep going, {@link #defaultParallelism()} at once, no canary. */
    public static FleetOptions defaults() {
        return new FleetOptions(defaultParallelism(), false, 0);
    }

    /**
     * Twice the processors, between 2 and 8: a target's time is mostly waiting on its database, so
     * a few more than the cores keep them busy without flooding a server with connections.
     */
    public static int defaultParallelism() {
        return Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors()));
    }
}
