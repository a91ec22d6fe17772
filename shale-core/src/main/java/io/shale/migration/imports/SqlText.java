package io.shale.migration.imports;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Checksums;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** File helpers the readers share: listing a tool's folder and reading its files as Shale would. */
final class SqlText {
    private SqlText() {
    }

    /** The text with a BOM removed and line endings turned into LF, as Shale checksums it. */
    static String read(Path file) {
        try {
            return new String(Checksums.normalize(Files.readAllBytes(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "cannot read " + file + ": " + e,
                    "check that the file is readable", e);
        }
    }

    /** Whether the text holds nothing but white space and comments. */
    static boolean isEmpty(String text) {
        boolean inBlock = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inBlock) {
                if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                    inBlock = false;
                    i++;
                }
            } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                inBlock = true;
                i++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Every regular file under {@code folder}, as paths relative to it with {@code /}, sorted. */
    static List<String> files(Path folder) {
        requireFolder(folder);
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !hidden(p))
                    .forEach(out::add);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "cannot list " + folder + ": " + e,
                    "check that the folder is readable", e);
        }
        out.sort(null);
        return out;
    }

    static void requireFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING, "the folder to import, " + folder
                    + ", does not exist", "pass the folder that holds the other tool's migrations");
        }
    }

    static String fileName(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }

    /** The folder part of a relative path, empty at the top. */
    static String parent(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
