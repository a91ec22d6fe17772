package io.shale.jpa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.architecture.JavaSources;
import io.shale.architecture.JavaSources.Import;
import io.shale.architecture.JavaSources.Source;
import io.shale.architecture.PackageCycles;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * shale-jpa is a plug-in of the core: it imports the core's plug-in packages and Hibernate (with
 * the JPA annotations and the JDK), never an engine folder nor anything else of the core.
 */
class JpaArchitectureTest {
    /**
     * The core packages a models source may use: its plug-in point ({@code workspace}'s
     * ModelSourceProvider, and the {@code config} record of the {@code models.jpa} settings it reads).
     */
    private static final List<String> CORE_API = List.of(
            "io.shale.error", "io.shale.schema", "io.shale.dialect", "io.shale.command.generate",
            "io.shale.workspace", "io.shale.config");

    private static final List<String> ALLOWED_OTHERS = List.of(
            "io.shale.jpa", "org.hibernate", "jakarta.persistence", "java", "javax");

    private static List<Source> sources() {
        return JavaSources.under(Path.of("src/main/java"));
    }

    /** The engine folders: the packages of the loaded engines' classes. */
    private static Set<String> enginePackages() {
        Set<String> out = new TreeSet<>();
        for (Dialect d : Dialects.all()) {
            out.add(d.getClass().getPackageName());
        }
        return out;
    }

    @Test
    void jpa_importsOnlyTheCoresPluginPackagesAndHibernate() {
        Set<String> engines = enginePackages();
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            for (Import imp : s.imports()) {
                String pkg = imp.pkg();
                boolean engine = engines.stream().anyMatch(e -> pkg.equals(e) || pkg.startsWith(e + "."));
                boolean allowed = CORE_API.contains(pkg)
                        || ALLOWED_OTHERS.stream().anyMatch(a -> pkg.equals(a) || pkg.startsWith(a + "."));
                if (engine || !allowed) {
                    violations.add(s.at(imp.line()) + " imports " + imp.from());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void jpa_namesNoShaleClassByItsFullyQualifiedName() {
        List<String> violations = new ArrayList<>();
        for (Source s : sources()) {
            violations.addAll(s.qualifiedNames());
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void jpaPackages_importEachOtherWithoutCycles() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Source s : sources()) {
            for (Import imp : s.imports()) {
                if (imp.pkg().startsWith("io.shale.jpa") && !imp.pkg().equals(s.pkg())) {
                    edges.computeIfAbsent(s.pkg(), k -> new TreeSet<>()).add(imp.pkg());
                }
            }
        }
        assertThat(PackageCycles.of(edges)).isEmpty();
    }
}
