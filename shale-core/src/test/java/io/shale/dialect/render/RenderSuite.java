package io.shale.dialect.render;

import io.shale.dialect.Renderer;
import io.shale.dialect.h2.H2Renderer;
import io.shale.dialect.mysql.MySqlRenderer;
import io.shale.dialect.postgres.PostgresRenderer;
import io.shale.dialect.sqlite.SqliteRenderer;
import io.shale.testing.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One engine's renderer with its named cases and its golden file {@code render/<name>.sql}: each case a
 * section that starts {@code -- case: <name>}, then the rendered statements each followed by {@code ;}
 * (comment lines as they are).
 */
record RenderSuite(String name, Engine engine, Renderer renderer, List<RenderCase> cases) {
    static final String HEADER = "-- case: ";

    static List<RenderSuite> all() {
        List<RenderCase> postgres = new ArrayList<>(PostgresRenderCases.all());
        postgres.addAll(PostgresRenderObjectCases.all());
        return List.of(
                new RenderSuite("postgres", Engine.POSTGRES, new PostgresRenderer(), postgres),
                new RenderSuite("mysql", Engine.MARIADB, new MySqlRenderer(), MySqlRenderCases.all()),
                new RenderSuite("sqlite", Engine.SQLITE, new SqliteRenderer(), SqliteRenderCases.all()),
                new RenderSuite("h2", Engine.H2, new H2Renderer(), H2RenderCases.all()));
    }

    static Stream<RenderSuite> stream() {
        return all().stream();
    }

    List<String> render(RenderCase renderCase) {
        return renderer.render(renderCase.changes(), renderCase.from(), renderCase.to());
    }

    /** The case's section of the golden file, without its header line. */
    String section(RenderCase renderCase) {
        StringBuilder text = new StringBuilder();
        for (String statement : render(renderCase)) {
            text.append(statement).append(statement.startsWith("--") ? "" : ";").append('\n');
        }
        return text.toString();
    }

    String golden() {
        StringBuilder text = new StringBuilder();
        for (RenderCase renderCase : cases) {
            text.append(HEADER).append(renderCase.name()).append('\n').append(section(renderCase)).append('\n');
        }
        return text.toString();
    }

    Path goldenFile(Path resources) {
        return resources.resolve("render").resolve(name + ".sql");
    }

    /** The sections of a golden file by case name, in file order. */
    static Map<String, String> sections(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(HEADER)) {
                if (current != null) {
                    sections.put(current, trimSection(body));
                }
                current = line.substring(HEADER.length()).strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, trimSection(body));
        }
        return sections;
    }

    /** A section ends with one blank line before the next header. */
    private static String trimSection(StringBuilder body) {
        String text = body.toString();
        while (text.endsWith("\n\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.equals("\n") ? "" : text;
    }

    @Override
    public String toString() {
        return name;
    }
}
