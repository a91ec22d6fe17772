package io.shale.migration;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** What a migration runs: SQL sections from a file, or a Java class. */
public sealed interface MigrationBody {

    MigrationKind kind();

    boolean hasDown();

    /**
     * The two sections of a SQL migration file. A body made by {@link MigrationLoader} holds no
     * text: each request for a section reads the file again (and refuses it if it changed since it
     * was loaded), so a loaded {@link MigrationSet} costs memory in proportion to the number of
     * files, not their size. A body made from strings holds them.
     *
     * <p>To execute a section, cut it lazily with
     * {@link io.shale.sql.StatementSplitter#statements(MigrationBody.Sql, Section)}, which holds
     * the section's text only while its statements are being iterated.
     *
     * <p>Two bodies are equal when they name the same file and lines and hold the same text, or
     * locate their text at the same places of the same version of the same file.
     */
    final class Sql implements MigrationBody {
        private final Path file;
        private final SectionText text;
        private final int upLine;
        private final int downLine;
        private final SquashedRange squashed;

        /**
         * Sections held in memory.
         *
         * @param file     the file, absolute
         * @param up       the text after {@code -- migrate:up}, up to the down marker or the end
         * @param upLine   the 1-based line in the file where the up text starts (the line after the marker)
         * @param down     the text after {@code -- migrate:down}, or null when the file has no down section
         * @param downLine the 1-based line where the down text starts, or 0 when there is no down section
         */
        public Sql(Path file, String up, int upLine, String down, int downLine) {
            this(file, new SectionText.Held(up, down), upLine, downLine, SquashedRange.find(up, 0, up.length()));
        }

        Sql(Path file, SectionText text, int upLine, int downLine, SquashedRange squashed) {
            this.file = Objects.requireNonNull(file, "file");
            this.text = Objects.requireNonNull(text, "text");
            this.upLine = upLine;
            this.downLine = downLine;
            this.squashed = squashed;
        }

        @Override
        public MigrationKind kind() {
            return MigrationKind.SQL;
        }

        @Override
        public boolean hasDown() {
            return text.hasDown();
        }

        /** The file, absolute. */
        public Path file() {
            return file;
        }

        /**
         * The text of {@code section}, or null for the down section of a file that has none. For a
         * loaded file this reads the file; to execute a section, iterate its statements instead.
         *
         * @throws io.shale.error.ShaleException MIGRATION_UNREADABLE when a loaded file can no longer
         *                                       be read, CHECKSUM_MISMATCH when it changed since it was loaded
         */
        public String text(Section section) {
            return text.read(Objects.requireNonNull(section, "section"));
        }

        /** The 1-based line in the file where the text of {@code section} starts; 0 for a down section that does not exist. */
        public int firstLine(Section section) {
            return section == Section.UP ? upLine : downLine;
        }

        /** The up text: {@code text(Section.UP)}. */
        public String up() {
            return text(Section.UP);
        }

        /** The down text, or null when there is none: {@code text(Section.DOWN)}. */
        public String down() {
            return text(Section.DOWN);
        }

        public int upLine() {
            return upLine;
        }

        public int downLine() {
            return downLine;
        }

        /** The versions this body replaces when it is a squash baseline (see {@link SquashedRange}). */
        public Optional<SquashedRange> squashed() {
            return Optional.ofNullable(squashed);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sql other && file.equals(other.file) && text.equals(other.text)
                    && upLine == other.upLine && downLine == other.downLine;
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, text, upLine, downLine);
        }

        @Override
        public String toString() {
            return "Sql[file=" + file + ", upLine=" + upLine + ", downLine=" + downLine
                    + (text instanceof SectionText.Held ? ", held in memory]" : ", read from the file]");
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
