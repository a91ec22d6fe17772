package io.shale.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build-time choice (the profiles of shale-embedded/pom.xml) and the run-time choice
 * ({@link Platform}, {@link EngineBinaries}) name the same artifacts for every platform, so a build
 * brings exactly what the running code will look for.
 */
class PlatformProfilesTest {
    private static final EngineBinaries VERSIONS = new EngineBinaries("17.6.0", "11.4.5");
    private static Map<String, Element> profiles;

    @BeforeAll
    static void readPom() throws Exception {
        // Surefire runs in the module folder.
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        profiles = new TreeMap<>();
        NodeList nodes = pom.getElementsByTagName("profile");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element profile = (Element) nodes.item(i);
            profiles.put(text(profile, "id"), profile);
        }
    }

    @Test
    void everyPlatform_hasAnOsProfileAndAChosenProfile_bringingTheArtifactsTheCodeLooksFor() {
        for (Platform platform : Platform.values()) {
            List<String> expected = new ArrayList<>();
            expected.add(VERSIONS.postgres(platform).artifactId());
            VERSIONS.mariaDb(platform).ifPresent(artifact -> expected.add(artifact.artifactId()));

            Element byOs = profiles.get("binaries-" + platform.id());
            Element chosen = profiles.get("binaries-" + platform.id() + "-chosen");
            assertThat(byOs).as("profile binaries-%s", platform.id()).isNotNull();
            assertThat(chosen).as("profile binaries-%s-chosen", platform.id()).isNotNull();
            assertThat(artifactIds(byOs)).as(platform.id()).containsExactlyElementsOf(expected);
            assertThat(artifactIds(chosen)).as(platform.id()).containsExactlyElementsOf(expected);
            assertThat(text(chosen, "value")).isEqualTo(platform.id());
        }
        assertThat(profiles).hasSize(2 * Platform.values().length);
    }

    @Test
    void osProfiles_matchTheOsArchValuesThatPlatformMaps_andStepAsideForAnExplicitChoice() {
        for (Platform platform : Platform.values()) {
            Element activation = (Element) profiles.get("binaries-" + platform.id()).getElementsByTagName("activation").item(0);
            Element os = (Element) activation.getElementsByTagName("os").item(0);
            Element property = (Element) activation.getElementsByTagName("property").item(0);
            String osName = Optional.ofNullable(text(os, "name")).orElseGet(() -> familyExample(text(os, "family")));
            // Maven compares <name> and <arch> with os.name and os.arch ignoring case.
            assertThat(Platform.of(osName, text(os, "arch"))).as(platform.id()).isEqualTo(platform);
            assertThat(text(property, "name")).isEqualTo("!shale.platform");
        }
    }

    private static String familyExample(String family) {
        return switch (family) {
            case "mac" -> "Mac OS X";
            case "windows" -> "Windows 11";
            default -> throw new AssertionError("unexpected os family " + family);
        };
    }

    private static List<String> artifactIds(Element profile) {
        List<String> ids = new ArrayList<>();
        NodeList nodes = profile.getElementsByTagName("artifactId");
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(nodes.item(i).getTextContent());
        }
        return ids;
    }

    private static String text(Element element, String tag) {
        NodeList nodes = element.getElementsByTagName(tag);
        return nodes.getLength() > 0 ? nodes.item(0).getTextContent() : null;
    }
}
