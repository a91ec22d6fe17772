package io.shale.dialect;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The polling loop shared by locks that offer a non-blocking "try": polls with a short, growing
 * pause so a waiting migrator notices a released lock quickly without busy-looping.
 */
public final class LockWait {
    /** One attempt to take the lock. */
    @FunctionalInterface
    public interface Attempt {
        boolean tryOnce() throws SQLException;
    }

    /** Describes the current holder, or returns null when the engine cannot tell. */
    @FunctionalInterface
    public interface HolderQuery {
        String holder() throws SQLException;
    }

    private LockWait() {
    }

    /**
     * Polls {@code attempt} until it succeeds or {@code timeout} passes.
     *
     * @return the holder seen while waiting, or null when the first attempt succeeded
     */
    public static Result poll(Attempt attempt, HolderQuery holderQuery, String lockName, Duration timeout,
                              Consumer<String> waiting) throws SQLException {
        long start = System.nanoTime();
        if (attempt.tryOnce()) {
            return new Result(Duration.ZERO, null);
        }
        String holder = holderQuery.holder();
        String shown = holder == null ? "another migrator" : holder;
        waiting.accept(shown);
        long deadline = start + timeout.toNanos();
        long pauseMillis = 10;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ShaleException(ErrorCode.LOCK_TIMEOUT,
                        "Timed out after " + timeout.toMillis() + " ms waiting for the migration lock on " + lockName
                                + ", held by " + shown,
                        "wait for the other migrator to finish, or raise --lock-timeout (lock-timeout: in shale.yaml)");
            }
            sleep(Math.min(pauseMillis, Math.max(1, left / 1_000_000)));
            pauseMillis = Math.min(pauseMillis * 2, 200);
            if (attempt.tryOnce()) {
                return new Result(Duration.ofNanos(System.nanoTime() - start), shown);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShaleException(ErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for the migration lock", null, e);
        }
    }

    /** The outcome of a successful wait. */
    public record Result(Duration waited, String holder) {
    }
}
