package io.shale.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes migration files for tests. */
final class MigrationFiles {
    private MigrationFiles() {
    }

    static Path write(Path directory, String name, String content) {
        try {
            return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid migration file that creates table {@code t<n>}. */
    static Path migration(Path directory, String name) {
        String table = name.replaceAll("\\W", "_");
        return write(directory, name, "-- migrate:up\nCREATE TABLE " + table + " (id int);\n-- migrate:down\nDROP TABLE "
                + table + ";\n");
    }
}
