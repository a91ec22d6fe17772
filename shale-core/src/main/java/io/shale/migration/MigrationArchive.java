package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code archive/} folder inside the migrations folder, where {@code shale squash} moves the
 * files a baseline replaced. It has a {@code shale.sum} of its own (same format, over the archived
 * files), which squash and {@code shale hash} write and {@code upgrade --include-archive} checks, so
 * an archived file cannot change unreviewed before it runs on a database that still needs it.
 *
 * <p>One version may hold two files: an original and the baseline of an earlier squash that a later
 * squash archived in turn ({@code 0010_create_orders.sql} and {@code 0010_baseline.sql}). Anything
 * else sharing a version is refused.
 */
public final class MigrationArchive {
    public static final String FOLDER = "archive";

    private MigrationArchive() {
    }

    /** {@code migrationsDir/archive}. */
    public static Path folder(Path migrationsDir) {
        return migrationsDir.resolve(FOLDER);
    }

    /**
     * The archived SQL files, in version order (then file name).
     *
     * @throws ShaleException MIGRATIONS_DIR_MISSING when there is no archive folder,
     *                        MIGRATION_DUPLICATE_VERSION for two originals (or two baselines) with one version,
     *                        any loader or parser error of a file
     */
    public static List<Migration> load(Path migrationsDir) {
        Path folder = folder(migrationsDir);
        if (!Files.isDirectory(folder)) {
            throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING, "archive folder " + folder + " does not exist",
                    "restore it from version control: `shale squash` moved the replaced migrations there");
        }
        List<Migration> files = MigrationLoader.loadSql(folder);
        for (int i = 1; i < files.size(); i++) {
            Migration a = files.get(i - 1);
            Migration b = files.get(i);
            if (a.version() == b.version()
                    && (SquashedRange.of(a).isPresent() == SquashedRange.of(b).isPresent()
                    || i > 1 && files.get(i - 2).version() == a.version())) {
                throw new ShaleException(ErrorCode.MIGRATION_DUPLICATE_VERSION, "In " + folder + ", " + a.script()
                        + " and " + b.script() + " both have version " + a.version(),
                        "an archive holds at most one original file and one squash baseline per version: "
                                + "move the extra file out of " + folder);
            }
        }
        return files;
    }

    /** Compares {@code archive/shale.sum} with the archived files. */
    public static SumFileCheck check(Path migrationsDir, List<Migration> archived) {
        return SumFile.check(folder(migrationsDir), archived);
    }

    /**
     * Rewrites {@code archive/shale.sum} from the archived files when it does not match them (what
     * squash does after moving files, and {@code shale hash} after a reviewed change).
     *
     * @return what was done; empty when there is no archive folder
     */
    public static Optional<MigrationWriter.HashResult> rehash(Path migrationsDir) {
        Path folder = folder(migrationsDir);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Migration> files = load(migrationsDir);
        SumFileCheck before = SumFile.check(folder, files);
        if (!before.ok()) {
            SumFile.write(folder, new ArrayList<>(files));
        }
        return Optional.of(new MigrationWriter.HashResult(before.sumFile(), before));
    }
}
