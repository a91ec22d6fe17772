package io.shale.data;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A named seed set: the {@code *.sql} files and {@code *.seeder} files (each naming a {@link JavaSeeder}
 * class) of {@code seeds/NAME/}, in file-name order.
 */
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
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".sql") || isJava(p)).sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING, "The seed set '" + name + "' in " + dir
                        + " holds no .sql or .seeder file", "add files such as 01_users.sql; they run in name order");
            }
            return new SeedSet(name, dir, files);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "Cannot list " + dir + ": " + e.getMessage(),
                    "check the folder's permissions", e);
        }
    }

    /** Whether {@code file} names a Java seeder rather than holding SQL. */
    public static boolean isJava(Path file) {
        return file.getFileName().toString().endsWith(".seeder");
    }

    /**
     * The seeder a {@code .seeder} file names (its first line that is not blank or a {@code #} comment).
     *
     * @throws ShaleException JAVA_MIGRATION_INVALID naming the file and class when it cannot be used
     */
    public JavaSeeder seeder(Path file, ClassLoader loader) {
        String className = read(file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst().orElse("");
        String where = file.getFileName() + " (class '" + className + "')";
        try {
            Class<?> type = Class.forName(className, true, loader);
            if (!JavaSeeder.class.isAssignableFrom(type)) {
                throw new ShaleException(ErrorCode.JAVA_MIGRATION_INVALID, "Seed " + where + " does not implement "
                        + JavaSeeder.class.getName(), "implement io.shale.data.JavaSeeder, or fix the class name");
            }
            return (JavaSeeder) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ShaleException(ErrorCode.JAVA_MIGRATION_INVALID, "Seed " + where + ": no such class on the class "
                    + "path", "write the fully qualified name of a class that is on the class path of the process "
                    + "running the seed (Java seeders run through the library, e.g. in the application)", e);
        } catch (ReflectiveOperationException e) {
            throw new ShaleException(ErrorCode.JAVA_MIGRATION_INVALID, "Seed " + where + " cannot be created: " + e,
                    "give it a public no-argument constructor", e);
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
