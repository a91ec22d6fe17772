package io.shale.error;

/**
 * The broad kind of a failure. Front ends turn a category into an exit code (the CLI in one
 * table); the library only promises that every {@link ErrorCode} belongs to exactly one category.
 */
public enum ErrorCategory {
    /** Bad command-line usage: unknown flag, missing argument, contradictory options. */
    USAGE,
    /** {@code shale.yaml}, {@code .env}, environment variables: unreadable, unknown key, bad type. */
    CONFIG,
    /** Migration files on disk: missing folder, bad names, bad sections, stale {@code shale.sum}. */
    FILES,
    /** The database could not be reached or logged into, or does not exist. */
    CONNECTION,
    /** The database history disagrees with the files: edited, missing, ahead, failed and unrepaired. */
    STATE,
    /** A migration's SQL or Java code failed while it ran. */
    EXECUTION,
    /** Another migrator held the lock longer than the lock timeout. */
    LOCK,
    /** A destructive command was refused: protected environment or missing confirmation. */
    REFUSED,
    /** Generated SQL does not reach its target by the engine-canonical comparison. */
    UNPROVEN,
    /** A bug in Shale, not something the user can fix. */
    INTERNAL
}
