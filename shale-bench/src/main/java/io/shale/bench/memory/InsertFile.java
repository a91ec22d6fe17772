package io.shale.bench.memory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The migration of issue 11: a table and one single-row INSERT per line (as {@code pg_dump --inserts}
 * writes them) until the file reaches the asked size, so each statement is small and there are
 * many: the shape that costs most per byte when every statement of a file is held at once.
 */
final class InsertFile {
    static final String TABLE = "memory_rows";

    private InsertFile() {
    }

    /** Writes {@code 0001_rows.sql} into {@code dir}, at least {@code bytes} long; returns the rows written. */
    static long write(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("0001_rows.sql");
        long rows = 0;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String head = "-- migrate:up\nCREATE TABLE " + TABLE + " (id bigint PRIMARY KEY, name text NOT NULL, "
                    + "amount numeric(12, 2), note text);\n";
            out.write(head);
            written += head.length();
            while (written < bytes) {
                rows++;
                String line = "INSERT INTO " + TABLE + " (id, name, amount, note) VALUES (" + rows + ", 'customer "
                        + rows + "', " + (rows % 100_000) + ".25, 'generated row " + rows + " of the memory benchmark');\n";
                out.write(line);
                written += line.length();
            }
            out.write("-- migrate:down\nDROP TABLE " + TABLE + ";\n");
        }
        return rows;
    }
}
