package io.shale.migration;

/** Stored in {@code shale_history.kind}. */
public enum MigrationKind {
    SQL, JAVA
}
