package io.shale.migration;

import java.util.Objects;

/**
 * One versioned migration, SQL or Java.
 *
 * @param version       the number from the file or class name (1 for {@code 0001_create_users.sql})
 * @param description   the slug ({@code create_users}) or, for Java, the part of the class name after the version
 * @param script        the file name ({@code 0001_create_users.sql}) or the fully qualified class name
 * @param checksum      64 lowercase hex characters: SHA-256 of the file with line endings normalised to LF
 *                      and a leading BOM removed; for Java, of {@link JavaMigration#checksum()} or the class name
 * @param transactional false when the file says {@code -- shale:no-transaction} (or the Java class says so)
 * @param body          what runs
 */
public record Migration(int version, String description, String script, String checksum, boolean transactional,
                        MigrationBody body) {
    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive: " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(body, "body");
    }

    public MigrationKind kind() {
        return body.kind();
    }

    /** Whether this migration can be downgraded. */
    public boolean hasDown() {
        return body.hasDown();
    }
}
