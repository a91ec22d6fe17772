package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Writes new migration files and {@code shale.sum}: the file side of {@code shale new}, {@code generate} and {@code hash}. */
public final class MigrationWriter {
    private MigrationWriter() {
    }

    /**
     * What {@link #rehash} did.
     *
     * @param sumFile the sum file
     * @param before  how the sum file compared with the files before; when it was {@link SumFileCheck.Ok},
     *                nothing was written
     */
    public record HashResult(Path sumFile, SumFileCheck before) {
        public boolean changed() {
            return !before.ok();
        }
    }

    /**
     * Creates the next SQL migration in {@code directory}, numbered after the SQL files found there.
     * Projects with Java migrations use {@link #create(MigrationSet, String, String, String)} so that
     * the numbering also counts the Java versions.
     */
    public static Path create(Path directory, String message, String up, String down) {
        return create(MigrationLoader.load(directory, List.of(), null), message, up, down);
    }

    /**
     * Creates {@code NNNN_slug.sql} in the set's folder, where NNNN is the set's latest version
     * (SQL or Java) plus one and the slug comes from {@code message}, and rewrites {@code shale.sum}
     * to include it. The file holds the two section markers with {@code up} and {@code down}
     * (an empty line for a null or blank one).
     *
     * <p>Refuses when {@code shale.sum} does not match the existing files (so that a new file never
     * quietly blesses an edit to an older one), except when it is missing and there are no SQL
     * files yet.
     *
     * @return the new file
     * @throws ShaleException MIGRATION_BAD_NAME for a message with no letter or digit,
     *                        MIGRATION_DUPLICATE_VERSION when the file already exists (the set is stale),
     *                        SUM_FILE_* when the sum file is out of date, any parser error for the given SQL
     */
    public static Path create(MigrationSet existing, String message, String up, String down) {
        String slug = MigrationFileName.slugify(message);
        Path directory = existing.directory();
        SumFileCheck sum = SumFile.check(directory, existing);
        boolean noSqlYet = existing.migrations().stream().noneMatch(m -> m.kind() == MigrationKind.SQL);
        if (!(sum instanceof SumFileCheck.Missing && noSqlYet)) {
            sum.orThrow();
        }
        if (existing.latestVersion() == Integer.MAX_VALUE) {
            throw new ShaleException(ErrorCode.MIGRATION_BAD_NAME,
                    "no version is left after " + Integer.MAX_VALUE + " in " + directory,
                    "renumber the migrations from 1 (`shale squash` can start a new baseline)");
        }
        MigrationFileName name = MigrationFileName.of(existing.latestVersion() + 1, slug);
        Path file = directory.resolve(name.fileName());
        byte[] bytes = Checksums.normalize(content(up, down).getBytes(StandardCharsets.UTF_8));
        ParsedSqlMigration parsed = MigrationParser.parse(file.toAbsolutePath(), new String(bytes, StandardCharsets.UTF_8));
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ShaleException(ErrorCode.MIGRATION_DUPLICATE_VERSION, file + " already exists",
                    "the migrations changed while Shale was running; run the command again", e);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "cannot write " + file + ": " + e,
                    "check that the migrations folder is writable", e);
        }
        List<Migration> all = new ArrayList<>(existing.migrations());
        all.add(new Migration(name.version(), name.slug(), name.fileName(), Checksums.sha256Hex(bytes),
                parsed.transactional(), parsed.body()));
        SumFile.write(directory, all);
        return file;
    }

    /**
     * Rewrites {@code shale.sum} from the SQL files in {@code directory} (what {@code shale hash}
     * does). Leaves the file untouched when it already matches.
     */
    public static HashResult rehash(Path directory) {
        MigrationSet set = MigrationLoader.load(directory, List.of(), null);
        SumFileCheck before = SumFile.check(directory, set);
        if (!before.ok()) {
            SumFile.write(directory, set.migrations());
        }
        return new HashResult(before.sumFile(), before);
    }

    /** The text of a new migration file. */
    static String content(String up, String down) {
        return MigrationParser.UP_MARKER + "\n" + section(up) + "\n" + MigrationParser.DOWN_MARKER + "\n" + section(down);
    }

    private static String section(String sql) {
        return sql == null || sql.isBlank() ? "\n" : sql.stripTrailing() + "\n";
    }
}
