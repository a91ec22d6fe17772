package io.shale.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: {@code sql/<dialect>/NAME.sql} is split and must give {@code NAME.expected}, where
 * each statement follows a line {@code -- statement N (line L)}.
 */
final class GoldenFormat {

    static final String NO_STATEMENTS = "-- no statements\n";

    private GoldenFormat() {
    }

    static String render(List<SqlStatement> statements) {
        if (statements.isEmpty()) {
            return NO_STATEMENTS;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement statement = statements.get(i);
            out.append("-- statement ").append(i + 1).append(" (line ").append(statement.line()).append(")\n")
                    .append(statement.sql()).append('\n');
        }
        return out.toString();
    }

    static Path expectedFor(Path script) {
        String name = script.getFileName().toString();
        return script.resolveSibling(name.substring(0, name.length() - ".sql".length()) + ".expected");
    }

    /** Every {@code *.sql} file under {@code root}/{@code dialect}, sorted by name. */
    static List<Path> scripts(Path root, String dialect) {
        try (Stream<Path> files = Files.list(root.resolve(dialect))) {
            return files.filter(file -> file.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
