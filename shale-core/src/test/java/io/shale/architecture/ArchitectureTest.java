package io.shale.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layout DESIGN.md draws: shale-core depends on nothing of ours and on no front end,
 * and each package imports only the packages above it in this list.
 */
class ArchitectureTest {
    /** From the bottom up; a package may import itself and any package before it. */
    private static final List<String> LAYERS = List.of(
            "error", "jdbc", "config", "schema", "schema.change", "migration", "sql", "dialect", "diff",
            "history", "lint", "data", "run", "command.migrate", "command.history", "command.adopt", "command.lifecycle",
            "command.generate", "command.squash", "command.safety", "workspace", "");

    private static final List<String> FORBIDDEN = List.of(
            "io.shale.cli", "io.shale.embedded", "picocli", "com.fasterxml", "me.tongfei", "org.junit",
            "org.hibernate", "jakarta.persistence", "org.postgresql", "org.mariadb", "org.sqlite", "org.h2");

    private static final Pattern PACKAGE = Pattern.compile("^package io\\.shale\\.?([a-z0-9.]*);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([a-zA-Z0-9_.]+)\\.[A-Za-z0-9_*]+;",
            Pattern.MULTILINE);

    private record Source(Path file, String layer, List<String> imports) {
    }

    private static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(f);
                Matcher pkg = PACKAGE.matcher(text);
                assertThat(pkg.find()).as("package line in " + f).isTrue();
                List<String> imports = new ArrayList<>();
                Matcher imp = IMPORT.matcher(text);
                while (imp.find()) {
                    imports.add(imp.group(1));
                }
                out.add(new Source(f, layerOf(pkg.group(1)), imports));
            }
        }
        return out;
    }

    /** The layer a package belongs to: the longest listed prefix ({@code dialect.postgres} is {@code dialect}). */
    private static String layerOf(String pkg) {
        String best = null;
        for (String layer : LAYERS) {
            if (pkg.equals(layer) || (!layer.isEmpty() && pkg.startsWith(layer + "."))) {
                if (best == null || layer.length() > best.length()) {
                    best = layer;
                }
            }
        }
        return best == null ? "?" + pkg : best;
    }

    @Test
    void everyCorePackage_hasAPlaceInTheLayers() throws IOException {
        assertThat(sources()).allSatisfy(s -> assertThat(LAYERS).as(s.file().toString()).contains(s.layer()));
    }

    @Test
    void core_importsNoFrontEndAndNoDriver() throws IOException {
        for (Source s : sources()) {
            for (String imp : s.imports()) {
                assertThat(FORBIDDEN).as(s.file() + " imports " + imp).noneMatch(imp::startsWith);
            }
        }
    }

    @Test
    void packages_importOnlyTheLayersBeneathThem() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            int own = LAYERS.indexOf(s.layer());
            for (String imp : s.imports()) {
                if (!imp.startsWith("io.shale")) {
                    continue;
                }
                String target = layerOf(imp.equals("io.shale") ? "" : imp.substring("io.shale.".length()));
                if (LAYERS.indexOf(target) > own) {
                    violations.add(s.file() + " (" + s.layer() + ") imports " + imp + " (" + target + ")");
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
