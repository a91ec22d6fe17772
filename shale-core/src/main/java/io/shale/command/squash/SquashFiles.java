package io.shale.command.squash;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationArchive;
import io.shale.migration.MigrationFileName;
import io.shale.migration.MigrationWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file side of a squash: archive (or delete) the replaced files, write the baseline, rewrite
 * shale.sum, and rewrite archive/shale.sum over the archived files (which {@code upgrade --include-archive} checks).
 */
final class SquashFiles {

    private final Path directory;

    SquashFiles(Path directory) {
        this.directory = directory;
    }

    Path baselinePath(int version) {
        return directory.resolve(MigrationFileName.of(version, "baseline").fileName());
    }

    /** @return where each replaced file went (null when deleted), in the same order */
    List<Path> replace(List<Path> replaced, boolean delete, Path baseline, String content) {
        Path archive = MigrationArchive.folder(directory);
        for (Path file : replaced) {
            if (!delete && Files.exists(archive.resolve(file.getFileName()))) {
                throw new ShaleException(ErrorCode.MIGRATION_DUPLICATE_VERSION, archive.resolve(file.getFileName())
                        + " already exists; nothing was moved", "move the older archived file away, or pass --delete");
            }
        }
        List<Path> moved = new ArrayList<>();
        try {
            if (!delete) {
                Files.createDirectories(archive);
            }
            for (Path file : replaced) {
                if (delete) {
                    Files.delete(file);
                    moved.add(null);
                } else {
                    moved.add(Files.move(file, archive.resolve(file.getFileName())));
                }
            }
            Files.writeString(baseline, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "Could not replace the squashed files in "
                    + directory + ": " + e, "check that the folder is writable; moved so far: " + moved, e);
        }
        MigrationWriter.rehash(directory);
        if (!delete) {
            MigrationArchive.rehash(directory);
        }
        return moved;
    }
}
