package io.shale.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.architecture.JavaSources.Import;
import io.shale.architecture.JavaSources.Literal;
import io.shale.architecture.JavaSources.Source;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layout DESIGN.md draws: shale-core depends on nothing of ours and on no front end,
 * each package imports only the packages above it in this list, and an engine is one folder that
 * nothing outside it names.
 */
class ArchitectureTest {
    /** From the bottom up; a package may import itself and any package before it. */
    private static final List<String> LAYERS = List.of(
            "error", "process", "jdbc", "config", "schema", "schema.change", "migration", "sql", "dialect", "diff", "proof",
            "history", "lint", "data", "run", "command.migrate", "command.history", "command.adopt", "command.lifecycle",
            "command.generate", "command.squash", "command.safety", "command.alembic", "workspace", "", "fleet");

    private static final List<String> FORBIDDEN = List.of(
            "io.shale.cli", "io.shale.embedded", "picocli", "com.fasterxml", "me.tongfei", "org.junit",
            "org.hibernate", "jakarta.persistence", "org.postgresql", "org.mariadb", "org.sqlite", "org.h2");

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path SERVICES = Path.of("src/main/resources/META-INF/services/" + Dialect.class.getName());

    private static List<Source> sources() {
        return JavaSources.under(MAIN);
    }

    /** A package relative to {@code io.shale} ({@code ""} for the root). */
    private static String relative(String pkg) {
        return pkg.equals("io.shale") ? "" : pkg.startsWith("io.shale.") ? pkg.substring("io.shale.".length()) : pkg;
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

    /** The engine folders: the packages of the classes registered as {@link Dialect} services. */
    static Set<String> enginePackages() throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(SERVICES)) {
            String name = line.replaceAll("#.*", "").strip();
            if (!name.isEmpty()) {
                out.add(name.substring(0, name.lastIndexOf('.')));
            }
        }
        return out;
    }

    /** The engine folder a package lies in, or null. */
    private static String engineOf(String pkg, Set<String> engines) {
        return engines.stream().filter(e -> pkg.equals(e) || pkg.startsWith(e + ".")).findFirst().orElse(null);
    }

    @Test
    void everyCorePackage_hasAPlaceInTheLayers() {
        assertThat(sources()).allSatisfy(s -> assertThat(LAYERS).as(s.file().toString())
                .contains(layerOf(relative(s.pkg()))));
    }

    @Test
    void core_importsNoFrontEndAndNoDriver() {
        for (Source s : sources()) {
            for (Import imp : s.imports()) {
                assertThat(FORBIDDEN).as(s.at(imp.line()) + " imports " + imp.from()).noneMatch(imp.from()::startsWith);
            }
        }
    }

    @Test
    void packages_importOnlyTheLayersBeneathThem() {
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            String layer = layerOf(relative(s.pkg()));
            int own = LAYERS.indexOf(layer);
            for (Import imp : s.imports()) {
                if (!imp.from().startsWith("io.shale")) {
                    continue;
                }
                String target = layerOf(relative(imp.pkg()));
                if (LAYERS.indexOf(target) > own) {
                    violations.add(s.at(imp.line()) + " (" + layer + ") imports " + imp.from() + " (" + target + ")");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void packagesOfOneLayer_importEachOtherWithoutCycles() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Source s : sources()) {
            String from = relative(s.pkg());
            for (Import imp : s.imports()) {
                String to = relative(imp.pkg());
                if (imp.from().startsWith("io.shale") && !to.equals(from) && layerOf(to).equals(layerOf(from))) {
                    edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        assertThat(PackageCycles.of(edges)).as("package cycles inside a layer").isEmpty();
    }

    @Test
    void enginePackages_areImportedOnlyFromInsideTheirOwnFolder() throws IOException {
        Set<String> engines = enginePackages();
        assertThat(engines).as("engines registered in " + SERVICES).isNotEmpty();
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            String own = engineOf(s.pkg(), engines);
            for (Import imp : s.imports()) {
                String target = engineOf(imp.pkg(), engines);
                if (target != null && !target.equals(own)) {
                    violations.add(s.at(imp.line()) + " imports " + imp.from());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void engineNames_appearAsStringLiteralsOnlyInsideEngineFolders() throws IOException {
        Set<String> engines = enginePackages();
        Set<String> names = new LinkedHashSet<>();
        for (Dialect d : Dialects.all()) {
            names.add(d.name().toLowerCase(Locale.ROOT));
            d.urlPrefixes().forEach(p -> names.add(p.replaceAll("^jdbc:|:$", "").toLowerCase(Locale.ROOT)));
        }
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            if (engineOf(s.pkg(), engines) != null) {
                continue;
            }
            for (Literal l : s.literals()) {
                if (names.contains(l.text().toLowerCase(Locale.ROOT))) {
                    violations.add(s.at(l.line()) + " \"" + l.text() + "\"");
                }
            }
        }
        assertThat(violations).as("engine names %s outside the engine folders", names).isEmpty();
    }

    @Test
    void code_namesNoShaleClassByItsFullyQualifiedName() {
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            violations.addAll(s.qualifiedNames());
        }
        assertThat(violations).as("import these instead, so the layer rules see them").isEmpty();
    }
}
