package io.shale.fleet;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per target in a bounded pool. By default it keeps going: every target runs, and a
 * failure is recorded in that target's result. With fail-fast, no target starts after one failed;
 * with a canary of K, the first K targets run before any other, and the rest are skipped if one of
 * them failed. Each task owns its connections, lock and guard; the runner shares nothing between them.
 */
public final class FleetRunner {

    /**
     * What a task reports for its target: the versions around the command, the command's result,
     * and a failure when the command ran but found problems (a check), or null.
     */
    public record Outcome<T>(Integer versionBefore, Integer versionAfter, T detail, ShaleException failure) {
        public Outcome(Integer versionBefore, Integer versionAfter, T detail) {
            this(versionBefore, versionAfter, detail, null);
        }
    }

    /** The work for one target; a failure is a thrown exception. */
    @FunctionalInterface
    public interface Task<T> {
        Outcome<T> run(Target target);
    }

    private final FleetOptions options;
    private final FleetListener listener;

    public FleetRunner(FleetOptions options, FleetListener listener) {
        this.options = options;
        this.listener = listener;
    }

    /** Runs {@code task} on every target and returns the results in the targets' order. */
    public <T> FleetResult<T> run(List<Target> targets, Task<T> task) {
        listener.planned(targets);
        @SuppressWarnings("unchecked")
        TargetResult<T>[] results = new TargetResult[targets.size()];
        AtomicBoolean stop = new AtomicBoolean();
        String stoppedBy = null;
        int threads = Math.max(1, Math.min(options.parallel(), targets.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            int canary = Math.min(options.canary(), targets.size());
            runAll(pool, targets, 0, canary, task, results, stop);
            if (canary > 0 && Arrays.stream(results, 0, canary).anyMatch(FleetRunner::failed)) {
                stop.set(true);
                stoppedBy = "canary";
            }
            runAll(pool, targets, canary, targets.size(), task, results, stop);
        } finally {
            pool.shutdownNow();
        }
        if (stoppedBy == null && options.failFast() && stop.get()) {
            stoppedBy = "fail-fast";
        }
        return new FleetResult<>(Arrays.asList(results), stoppedBy);
    }

    private <T> void runAll(ExecutorService pool, List<Target> targets, int from, int to, Task<T> task,
                            TargetResult<T>[] results, AtomicBoolean stop) {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                Target target = targets.get(index);
                TargetResult<T> result = stop.get() ? TargetResult.skipped(target) : runOne(target, task);
                if (failed(result) && options.failFast()) {
                    stop.set(true);
                }
                results[index] = result;
                listener.finished(result);
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShaleException(ErrorCode.INTERNAL, "Interrupted while running the fleet's targets",
                        "run the command again; targets already done are not run twice");
            } catch (ExecutionException e) {
                throw new IllegalStateException("a fleet task escaped its own error handling", e.getCause());
            }
        }
    }

    private <T> TargetResult<T> runOne(Target target, Task<T> task) {
        listener.started(target);
        long start = System.nanoTime();
        try {
            Outcome<T> outcome = task.run(target);
            return new TargetResult<>(target, outcome.failure() == null ? TargetResult.Status.DONE
                    : TargetResult.Status.FAILED, outcome.versionBefore(), outcome.versionAfter(),
                    Duration.ofNanos(System.nanoTime() - start), outcome.failure(), outcome.detail());
        } catch (ShaleException e) {
            return new TargetResult<>(target, TargetResult.Status.FAILED, null, null,
                    Duration.ofNanos(System.nanoTime() - start), e, null);
        } catch (RuntimeException e) {
            ShaleException wrapped = new ShaleException(ErrorCode.INTERNAL, "Unexpected error on target "
                    + target.describe() + ": " + e, "this is a bug in Shale: please report it with the stack trace", e);
            return new TargetResult<>(target, TargetResult.Status.FAILED, null, null,
                    Duration.ofNanos(System.nanoTime() - start), wrapped, null);
        }
    }

    private static boolean failed(TargetResult<?> result) {
        return result != null && result.status() == TargetResult.Status.FAILED;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "shale-fleet-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
