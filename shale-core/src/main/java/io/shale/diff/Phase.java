package io.shale.diff;

/**
 * The slots of a plan, in the order their changes run; see {@link Differ} for the reasons. Within
 * a slot changes keep the order the differ added them in.
 */
enum Phase {
    // 1. take away what stands in the way
    DROP_TRIGGER,
    DROP_POLICY,
    DROP_STATISTICS,
    DROP_VIEW,
    DROP_ROUTINE,
    DROP_FOREIGN_KEY,
    DROP_INDEX,
    DROP_CHECK,
    DROP_EXCLUSION,
    DROP_UNIQUE,
    DROP_PRIMARY_KEY,
    DROP_RECREATED_TABLE,
    // 2. namespaces and types
    CREATE_SCHEMA,
    CREATE_EXTENSION,
    CREATE_COLLATION,
    CREATE_ENUM,
    ADD_ENUM_VALUE,
    RECREATE_ENUM,
    RANGE_TYPE,
    COMPOSITE_TYPE,
    CREATE_DOMAIN,
    COMPOSITE_TYPE_OVER_DOMAIN,
    SEQUENCE,
    CREATE_CALLED_ROUTINE,
    LATE_RANGE_TYPE,
    // 3. tables and columns
    RENAME_TABLE,
    CREATE_TABLE,
    COLUMN,
    COMMENT,
    // 4. keys, once every table and column exists
    ADD_PRIMARY_KEY,
    ADD_UNIQUE,
    ADD_CHECK,
    ADD_EXCLUSION,
    CREATE_INDEX,
    CREATE_STATISTICS,
    NAME_PARTITION_INDEX,
    ADD_FOREIGN_KEY,
    SEQUENCE_OWNER,
    // 5. code that reads tables
    CREATE_ROUTINE,
    CREATE_VIEW,
    CREATE_VIEW_STATISTICS,
    CREATE_TRIGGER,
    CREATE_POLICY,
    OBJECT_COMMENT,
    // 6. what is no longer wanted
    DROP_TABLE,
    DROP_LATE_RANGE_TYPE,
    DROP_CALLED_ROUTINE,
    DROP_SEQUENCE,
    DROP_COMPOSITE_TYPE_OVER_DOMAIN,
    DROP_DOMAIN,
    DROP_COMPOSITE_TYPE,
    DROP_RANGE_TYPE,
    DROP_COLLATION,
    DROP_ENUM,
    DROP_EXTENSION,
    DROP_SCHEMA
}
