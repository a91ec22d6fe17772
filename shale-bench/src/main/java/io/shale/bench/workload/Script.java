package io.shale.bench.workload;

import java.util.Objects;

/**
 * One migration of a workload, in no tool's format yet.
 *
 * @param version       1-based position in apply order
 * @param slug          lowercase letters, digits and underscores, for file names
 * @param sql           the migration's SQL, as its authors wrote it
 * @param transactional false for a migration that must run outside a transaction ({@code CONCURRENTLY})
 */
public record Script(int version, String slug, String sql, boolean transactional) {
    public Script {
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive: " + version);
        }
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(sql, "sql");
    }
}
