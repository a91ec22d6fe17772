package io.shale.history;

/** Where one version stands when the files are compared with the history table. */
public enum MigrationState {
    /** Applied, and the file's checksum matches the stored one. */
    APPLIED,
    /** A file not applied yet, above the current version. */
    PENDING,
    /** A file not applied yet, below the highest applied version (added by a merged branch). */
    OUT_OF_ORDER,
    /** Applied, but the file changed since. */
    CHECKSUM_MISMATCH,
    /** Applied, but the file is gone (deleted, or the database is ahead of this checkout). */
    MISSING_FILE,
    /** A failed record left by a migration that stopped part-way where DDL is not transactional. */
    FAILED
}
