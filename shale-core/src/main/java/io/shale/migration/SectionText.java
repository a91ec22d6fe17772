package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the text of a SQL migration's sections is: held in memory, or in the file, read again
 * each time a section is asked for so that a loaded {@link MigrationSet} holds no file's text.
 */
sealed interface SectionText {

    /** The text of {@code section}, or null when the migration has no down section. */
    String read(Section section);

    boolean hasDown();

    /** Sections written or parsed from a string: the text is the strings themselves. */
    record Held(String up, String down) implements SectionText {
        public Held {
            Objects.requireNonNull(up, "up");
        }

        @Override
        public String read(Section section) {
            return section == Section.UP ? up : down;
        }

        @Override
        public boolean hasDown() {
            return down != null;
        }
    }

    /**
     * Sections of a loaded file, located by character offsets in its normalised text. The
     * checksum taken when the file was loaded guards the offsets: a file that changed since is
     * refused rather than cut at the wrong places.
     *
     * @param upStart   where the up text starts
     * @param upEnd     where it ends (the down marker or the end of the text)
     * @param downStart where the down text starts, running to the end; -1 when there is no down section
     */
    record InFile(Path file, String checksum, int upStart, int upEnd, int downStart) implements SectionText {
        public InFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(checksum, "checksum");
        }

        /**
         * @throws ShaleException MIGRATION_UNREADABLE when the file can no longer be read,
         *                        CHECKSUM_MISMATCH when it changed since it was loaded
         */
        @Override
        public String read(Section section) {
            if (section == Section.DOWN && downStart < 0) {
                return null;
            }
            MigrationText now = MigrationText.read(file);
            if (!now.checksum().equals(checksum)) {
                throw new ShaleException(ErrorCode.CHECKSUM_MISMATCH,
                        file + " changed while Shale was running: its checksum was " + checksum + " when the "
                                + "migrations were loaded and is " + now.checksum() + " now",
                        "do not edit migration files during a run; run the command again");
            }
            return section == Section.UP ? now.text().substring(upStart, upEnd) : now.text().substring(downStart);
        }

        @Override
        public boolean hasDown() {
            return downStart >= 0;
        }
    }
}
