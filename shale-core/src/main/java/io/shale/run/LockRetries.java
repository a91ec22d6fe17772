package io.shale.run;

import io.shale.dialect.Blocker;
import io.shale.dialect.StatementWaits;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The pause between retries after a statement lock timeout, and the error when the retries run out. */
final class LockRetries {
    private static final long FIRST_MILLIS = 500;
    private static final long MAX_MILLIS = 10_000;

    private LockRetries() {
    }

    /** The pause before retry {@code retry} (from 1): 0.5 s, doubling, at most 10 s. */
    static Duration backoff(int retry) {
        long millis = FIRST_MILLIS << Math.min(retry - 1, 10);
        return Duration.ofMillis(Math.min(millis, MAX_MILLIS));
    }

    static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShaleException(ErrorCode.LOCK_WAIT_EXHAUSTED,
                    "Interrupted while pausing before retrying a migration that waited for a table lock", null, e);
        }
    }

    /** The sessions as a message names them: {@code pid 1 (...), pid 2 (...)}, or a note that none was seen. */
    static String describe(List<Blocker> blockers) {
        return blockers.isEmpty() ? "a session that had ended before it could be named"
                : blockers.stream().map(Blocker::describe).collect(Collectors.joining(", "));
    }

    /** The error of a statement whose lock waits ran out of retries. */
    static ShaleException exhausted(StatementRunner.Failure f, int attempts, Settings settings, StatementWaits waits,
                                    boolean leftTrace) {
        String ended = blockersHint(f.blockers, waits);
        String applied = leftTrace
                ? "statements 1.." + f.statementsRun + " of this migration took effect and a failed record was written "
                        + "(run `shale repair` after finishing them by hand)"
                : "nothing of this migration was applied";
        return new ShaleException(ErrorCode.LOCK_WAIT_EXHAUSTED,
                "Migration gave up waiting for a table lock after " + attempts + " attempt(s) of at most "
                        + settings.lockWait().toMillis() + " ms each, blocked by " + describe(f.blockers) + ": "
                        + f.detail,
                applied + "; " + ended + ", or raise lock-wait: / lock-retries: in shale.yaml, then upgrade again",
                f.getCause());
    }

    private static String blockersHint(List<Blocker> blockers, StatementWaits waits) {
        if (blockers.isEmpty() || waits == null) {
            return "end the long transaction that holds the table (see pg_stat_activity or SHOW PROCESSLIST)";
        }
        return "let the blocking transaction finish or end it ("
                + blockers.stream().map(b -> "`" + waits.terminateSql(b) + "`").collect(Collectors.joining(", ")) + ")";
    }
}
