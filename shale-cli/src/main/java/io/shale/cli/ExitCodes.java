package io.shale.cli;

import io.shale.error.ErrorCategory;

/**
 * The one table of exit codes; README.md documents the same table.
 * <pre>
 *  0  success
 *  1  a check found problems (status --exit-code with pending or broken migrations, validate with errors)
 *  2  usage: unknown flag, missing or contradictory arguments
 *  3  configuration: shale.yaml, .env, environment variables
 *  4  migration files: folder, names, sections, directives, shale.sum
 *  5  connection: unreachable, wrong password, no such database, embedded server failed to start
 *  6  state: edited, missing or out-of-order migrations, database ahead or below a squash baseline, failed record
 *     needing repair, bad target
 *  7  a migration failed while running
 *  8  lock: another migrator held the lock past --lock-timeout
 *  9  refused: protected environment, environment mismatch, confirmation missing
 * 10  unproven: generated SQL does not reach its target by the engine's own definitions (GENERATE_UNPROVEN)
 * 70  internal error (a bug in Shale: please report it with the stack trace printed)
 * </pre>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    public static int of(ErrorCategory category) {
        return switch (category) {
            case USAGE -> USAGE;
            case CONFIG -> 3;
            case FILES -> 4;
            case CONNECTION -> 5;
            case STATE -> 6;
            case EXECUTION -> 7;
            case LOCK -> 8;
            case REFUSED -> 9;
            case UNPROVEN -> 10;
            case INTERNAL -> INTERNAL;
        };
    }
}
