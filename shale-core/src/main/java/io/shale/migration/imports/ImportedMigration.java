package io.shale.migration.imports;

import java.util.Objects;

/**
 * One migration of another tool, ready to be written as a Shale file.
 *
 * @param originalId    the tool's own identifier: Flyway's version ({@code 1.2.3}),
 *                      Liquibase's {@code author:id}, the version or timestamp of golang-migrate, dbmate
 *                      and diesel, Prisma's folder name. Adopt maps history rows to files by it.
 * @param source        the file (or folder) it came from, relative to the tool's folder, with {@code /}
 * @param description   free text the Shale slug is made from
 * @param up            the statements exactly as written
 * @param down          the undo statements exactly as written; null when the tool has none (the file cannot be
 *                      downgraded); {@link #NOTHING_TO_UNDO} when the tool's undo is explicitly empty
 * @param transactional false when the tool runs it outside a transaction
 * @param review        why a person should read the file before relying on it (written as {@code -- shale:review}),
 *                      or null
 */
public record ImportedMigration(String originalId, String source, String description, String up, String down,
                                boolean transactional, String review) {
    /**
     * The down section written for an explicitly empty undo. Shale reads an empty down section as
     * "cannot be reverted", so "nothing to undo" needs a statement; every engine accepts this one.
     */
    public static final String NOTHING_TO_UNDO = "-- nothing to undo: the source's down script was empty\nSELECT 1;";

    public ImportedMigration {
        Objects.requireNonNull(originalId, "originalId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(up, "up");
        if (originalId.isBlank()) {
            throw new IllegalArgumentException("blank original id for " + source);
        }
    }

    public ImportedMigration(String originalId, String source, String description, String up, String down,
                             boolean transactional) {
        this(originalId, source, description, up, down, transactional, null);
    }

    /** A down text as found in the source: blank means "nothing to undo". */
    static String downOf(String text) {
        return text == null ? null : SqlText.isEmpty(text) ? NOTHING_TO_UNDO : text;
    }
}
