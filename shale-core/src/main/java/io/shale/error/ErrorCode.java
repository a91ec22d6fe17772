package io.shale.error;

/**
 * Stable codes for every failure a user can cause. The names are part of the public contract:
 * they appear in JSON output and in the documentation, so they are never renamed.
 */
public enum ErrorCode {
    USAGE(ErrorCategory.USAGE),

    CONFIG_NOT_FOUND(ErrorCategory.CONFIG),
    CONFIG_UNREADABLE(ErrorCategory.CONFIG),
    CONFIG_INVALID_YAML(ErrorCategory.CONFIG),
    CONFIG_UNKNOWN_KEY(ErrorCategory.CONFIG),
    CONFIG_BAD_TYPE(ErrorCategory.CONFIG),
    CONFIG_BAD_VALUE(ErrorCategory.CONFIG),
    CONFIG_UNRESOLVED_VARIABLE(ErrorCategory.CONFIG),
    CONFIG_ENV_FILE_INVALID(ErrorCategory.CONFIG),
    INIT_ALREADY_DONE(ErrorCategory.CONFIG),

    MIGRATIONS_DIR_MISSING(ErrorCategory.FILES),
    MIGRATION_BAD_NAME(ErrorCategory.FILES),
    MIGRATION_DUPLICATE_VERSION(ErrorCategory.FILES),
    MIGRATION_NO_UP_SECTION(ErrorCategory.FILES),
    MIGRATION_DUPLICATE_SECTION(ErrorCategory.FILES),
    MIGRATION_UNKNOWN_DIRECTIVE(ErrorCategory.FILES),
    MIGRATION_CONTENT_OUTSIDE_SECTION(ErrorCategory.FILES),
    MIGRATION_UNREADABLE(ErrorCategory.FILES),
    MIGRATION_NO_DOWN_SECTION(ErrorCategory.FILES),
    IMPORT_BRANCHED_HISTORY(ErrorCategory.FILES),
    IMPORT_TOOL_FAILED(ErrorCategory.FILES),
    JAVA_MIGRATION_INVALID(ErrorCategory.FILES),
    SUM_FILE_MISSING(ErrorCategory.FILES),
    SUM_FILE_MISMATCH(ErrorCategory.FILES),
    SUM_FILE_MALFORMED(ErrorCategory.FILES),

    DB_UNREACHABLE(ErrorCategory.CONNECTION),
    DB_AUTH_FAILED(ErrorCategory.CONNECTION),
    DB_NOT_FOUND(ErrorCategory.CONNECTION),
    DB_UNSUPPORTED(ErrorCategory.CONNECTION),
    DB_NO_DRIVER(ErrorCategory.CONNECTION),
    DB_ERROR(ErrorCategory.CONNECTION),
    EMBEDDED_START_FAILED(ErrorCategory.CONNECTION),

    CHECKSUM_MISMATCH(ErrorCategory.STATE),
    APPLIED_MIGRATION_MISSING(ErrorCategory.STATE),
    DATABASE_AHEAD(ErrorCategory.STATE),
    FAILED_MIGRATION_NEEDS_REPAIR(ErrorCategory.STATE),
    NOTHING_TO_REPAIR(ErrorCategory.STATE),
    TARGET_INVALID(ErrorCategory.STATE),
    NO_DOWN_SECTION(ErrorCategory.STATE),
    HISTORY_TABLE_INVALID(ErrorCategory.STATE),
    VALIDATION_FAILED(ErrorCategory.STATE),
    OUT_OF_ORDER_MIGRATION(ErrorCategory.STATE),
    BELOW_SQUASH_BASELINE(ErrorCategory.STATE),

    MIGRATION_FAILED(ErrorCategory.EXECUTION),
    MODELS_COMMAND_FAILED(ErrorCategory.EXECUTION),

    LOCK_TIMEOUT(ErrorCategory.LOCK),
    /** A migration's statement timed out on a table lock ({@code lock-wait:}) more often than {@code lock-retries:} allows. */
    LOCK_WAIT_EXHAUSTED(ErrorCategory.LOCK),
    CLUSTER_NOT_READY(ErrorCategory.LOCK),
    CLUSTER_DDL_UNSAFE(ErrorCategory.REFUSED),

    GENERATE_UNPROVEN(ErrorCategory.UNPROVEN),

    PROTECTED_ENVIRONMENT(ErrorCategory.REFUSED),
    CONFIRMATION_REQUIRED(ErrorCategory.REFUSED),
    ENVIRONMENT_MISMATCH(ErrorCategory.REFUSED),
    UNSUPPORTED_OBJECT(ErrorCategory.REFUSED),

    INTERNAL(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    ErrorCode(ErrorCategory category) {
        this.category = category;
    }

    public ErrorCategory category() {
        return category;
    }
}
