package io.shale.data;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A named seed set: the {@code *.sql} files of {@code seeds/NAME/}, in file-name order. */
public record SeedSet(String name, Path directory, List<Path> files) {
    public SeedSet {
        files = List.copyOf(files);
    }

    /** @throws ShaleException when the folder is missing or holds no SQL file */
    public static SeedSet load(Path seeds, String name) {
        Path dir = seeds.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING, "There is no seed set '" + name + "': "
                    + dir + " is not a folder", "create " + dir + " with *.sql files, or set `seeds:` in shale.yaml");
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
            if (files.isEmpty()) {
                throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING, "The seed set '" + name + "' in " + dir
                        + " holds no .sql file", "add files such as 01_users.sql; they run in name order");
            }
            return new SeedSet(name, dir, files);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "Cannot list " + dir + ": " + e.getMessage(),
                    "check the folder's permissions", e);
        }
    }

    public String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "Cannot read the seed file " + file + ": "
                    + e.getMessage(), "check the file's permissions", e);
        }
    }
}
