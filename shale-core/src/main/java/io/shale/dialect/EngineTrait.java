package io.shale.dialect;

/**
 * Facts about an engine's DDL and locking that decide which lint rules apply to it. A rule names
 * the traits it needs; it runs on every engine whose {@link Dialect#traits()} hold them all.
 */
public enum EngineTrait {
    /**
     * Indexes are built, dropped and rebuilt without blocking writes ({@code CREATE INDEX CONCURRENTLY}),
     * only outside a transaction, and a unique index so built can back a constraint.
     */
    CONCURRENT_INDEX_DDL,

    /**
     * A constraint can be added {@code NOT VALID} under a brief lock and validated later without
     * blocking writes; {@code SET NOT NULL} uses such a validated check instead of a scan.
     */
    DEFERRED_CONSTRAINT_VALIDATION,

    /**
     * Some table changes (a column type change, a volatile default, {@code VACUUM FULL}, {@code CLUSTER})
     * rewrite the whole table under an exclusive lock, and a session {@code lock_timeout} bounds how
     * long an {@code ALTER TABLE} queues for that lock.
     */
    EXCLUSIVE_TABLE_REWRITES,

    /** Enum types are named types whose values are added in place ({@code ALTER TYPE ... ADD VALUE}). */
    ALTERABLE_ENUM_TYPES,

    /** Identifiers longer than 63 bytes are silently truncated, so two long names may collide. */
    TRUNCATES_LONG_IDENTIFIERS
}
