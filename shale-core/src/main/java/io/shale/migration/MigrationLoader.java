package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a project's migrations: the SQL files directly in the migrations folder and the Java
 * migrations in the configured packages.
 *
 * <p>In the folder, every file whose name ends in {@code .sql} (in any case) must be named
 * {@code NNNN_slug.sql}; other files ({@code shale.sum}, READMEs), hidden files (names starting
 * with a dot, such as editor lock files) and sub-folders are ignored. Loading reads each file once,
 * for its checksum and layout, and keeps none of its text: a section is read again when it is
 * executed (see {@link MigrationBody.Sql}).
 */
public final class MigrationLoader {
    private MigrationLoader() {
    }

    /**
     * Loads every migration.
     *
     * @param directory    the migrations folder
     * @param javaPackages packages holding Java migrations; when empty no class is scanned and
     *                     {@code loader} may be null
     * @param loader       the class loader that sees those packages
     * @throws ShaleException MIGRATIONS_DIR_MISSING, MIGRATION_BAD_NAME, MIGRATION_UNREADABLE,
     *                        MIGRATION_DUPLICATE_VERSION, JAVA_MIGRATION_INVALID, or any parser error
     */
    public static MigrationSet load(Path directory, List<String> javaPackages, ClassLoader loader) {
        List<Migration> all = new ArrayList<>(loadSql(directory));
        all.addAll(JavaMigrationScanner.scan(javaPackages, loader));
        all.sort(Comparator.comparingInt(Migration::version).thenComparing(Migration::script));
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i - 1).version() == all.get(i).version()) {
                throw duplicate(all.get(i - 1), all.get(i));
            }
        }
        return new MigrationSet(directory, all);
    }

    /** The SQL migrations only, sorted by version then file name (duplicates are not refused here). */
    static List<Migration> loadSql(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING,
                    "migrations folder " + directory + " does not exist",
                    "run `shale init` or set `migrations:` in shale.yaml");
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> MigrationFileName.looksLikeSql(entry.getFileName().toString()))) {
            for (Path entry : entries) {
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(entry.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE,
                    "cannot list migrations folder " + directory + ": " + e.getMessage(),
                    "check that the folder is readable", e);
        }
        names.sort(null);
        List<Migration> migrations = new ArrayList<>(names.size());
        for (String name : names) {
            MigrationFileName fileName = MigrationFileName.parse(name).orElseThrow(() -> badName(directory, name));
            migrations.add(readSql(directory.resolve(name), fileName));
        }
        migrations.sort(Comparator.comparingInt(Migration::version).thenComparing(Migration::script));
        return migrations;
    }

    /**
     * Reads, checksums and parses one SQL migration file. The migration keeps where its sections
     * are, not their text: see {@link MigrationBody.Sql}.
     */
    static Migration readSql(Path file, MigrationFileName name) {
        Path absolute = file.toAbsolutePath();
        MigrationText text = MigrationText.read(absolute);
        MigrationParser.Layout layout = MigrationParser.layout(absolute, text.text());
        SectionText.InFile sections = new SectionText.InFile(absolute, text.checksum(), layout.upStart(), layout.upEnd(),
                layout.downStart());
        MigrationBody.Sql body = new MigrationBody.Sql(absolute, sections, layout.upLine(), layout.downLine(),
                layout.squashed());
        return new Migration(name.version(), name.slug(), name.fileName(), text.checksum(), layout.transactional(), body);
    }

    static ShaleException duplicate(Migration first, Migration second) {
        return new ShaleException(ErrorCode.MIGRATION_DUPLICATE_VERSION,
                first.script() + " and " + second.script() + " both have version " + first.version(),
                "give one of them the next free number (`shale rebase` renumbers a branch's new migrations), "
                        + "then run `shale hash`");
    }

    private static ShaleException badName(Path directory, String name) {
        String why = MigrationFileName.PATTERN.matcher(name).matches()
                ? "its version must be between 1 and " + Integer.MAX_VALUE
                : "expected " + MigrationFileName.EXPECTED;
        return new ShaleException(ErrorCode.MIGRATION_BAD_NAME,
                directory.resolve(name) + " is not a valid migration file name: " + why,
                "rename the file, or move it out of the migrations folder if it is not a migration");
    }
}
