package io.shale.history;

import java.time.Instant;

/**
 * One row of {@code shale_history}.
 *
 * @param error for a failed record: the statement that failed, its line, the database's message,
 *              and which earlier statements of the file took effect; null on success
 */
public record AppliedMigration(int version, String name, String checksum, String kind, Instant appliedAt,
                               String appliedBy, long executionMs, boolean success, String error) {
}
