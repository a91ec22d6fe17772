package io.shale.migration;

import java.nio.file.Path;

/** What a migration runs: SQL sections from a file, or a Java class. */
public sealed interface MigrationBody {

    MigrationKind kind();

    boolean hasDown();

    /**
     * The two sections of a SQL migration file.
     *
     * @param file     the file, absolute
     * @param up       the text after {@code -- migrate:up}, up to the down marker or the end
     * @param upLine   the 1-based line in the file where the up text starts (the line after the marker)
     * @param down     the text after {@code -- migrate:down}, or null when the file has no down section
     * @param downLine the 1-based line where the down text starts, or 0 when there is no down section
     */
    record Sql(Path file, String up, int upLine, String down, int downLine) implements MigrationBody {
        @Override
        public MigrationKind kind() {
            return MigrationKind.SQL;
        }

        @Override
        public boolean hasDown() {
            return down != null;
        }
    }

    /** A Java migration instance. */
    record Java(JavaMigration migration) implements MigrationBody {
        @Override
        public MigrationKind kind() {
            return MigrationKind.JAVA;
        }

        @Override
        public boolean hasDown() {
            return migration.hasDown();
        }
    }
}
