package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The outcome of comparing {@code shale.sum} with the SQL migration files: {@link SumFile#check}. */
public sealed interface SumFileCheck {
    String HASH_HINT = "run `shale hash` after reviewing the change";

    Path sumFile();

    default boolean ok() {
        return this instanceof Ok;
    }

    /** Returns normally when the sum file matches; otherwise throws the matching SUM_FILE_* exception. */
    void orThrow();

    /** The sum file matches the files. */
    record Ok(Path sumFile) implements SumFileCheck {
        @Override
        public void orThrow() {
        }
    }

    /** There is no sum file. */
    record Missing(Path sumFile) implements SumFileCheck {
        @Override
        public void orThrow() {
            throw new ShaleException(ErrorCode.SUM_FILE_MISSING, sumFile + " does not exist",
                    "run `shale hash` to create it, and commit it with the migrations");
        }
    }

    /**
     * The sum file cannot be read as one.
     *
     * @param line     the 1-based line that is wrong
     * @param reason   what is wrong with it
     * @param conflict whether the line is a git merge conflict marker
     */
    record Malformed(Path sumFile, int line, String reason, boolean conflict) implements SumFileCheck {
        @Override
        public void orThrow() {
            throw new ShaleException(ErrorCode.SUM_FILE_MALFORMED, sumFile + ", line " + line + ": " + reason,
                    conflict
                            ? "two branches added migrations: renumber this branch's new files after the other "
                              + "branch's (`shale rebase`), then run `shale hash`"
                            : "run `shale hash` to rewrite it after reviewing the migration files");
        }
    }

    /**
     * The sum file does not match the files.
     *
     * @param firstDifference the file named on the first line that differs, or null when only the total line does
     * @param edited          files whose content changed since the sum file was written
     * @param unlisted        files on disk that the sum file does not list
     * @param extra           files the sum file lists that are not on disk
     */
    record Mismatch(Path sumFile, String firstDifference, List<String> edited, List<String> unlisted,
                    List<String> extra) implements SumFileCheck {
        public Mismatch {
            edited = List.copyOf(edited);
            unlisted = List.copyOf(unlisted);
            extra = List.copyOf(extra);
        }

        @Override
        public void orThrow() {
            List<String> parts = new ArrayList<>();
            parts.add(firstDifference == null
                    ? "the total line does not match the last line"
                    : "the first line that differs is " + firstDifference);
            if (!edited.isEmpty()) {
                parts.add("changed since it was written: " + String.join(", ", edited));
            }
            if (!unlisted.isEmpty()) {
                parts.add("not listed: " + String.join(", ", unlisted));
            }
            if (!extra.isEmpty()) {
                parts.add("listed but not on disk: " + String.join(", ", extra));
            }
            throw new ShaleException(ErrorCode.SUM_FILE_MISMATCH,
                    sumFile + " does not match the migration files (" + String.join("; ", parts) + ")", HASH_HINT);
        }
    }
}
