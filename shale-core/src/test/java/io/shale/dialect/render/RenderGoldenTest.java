package io.shale.dialect.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Renders every named case of every engine and compares it with that engine's golden file. */
class RenderGoldenTest {
    private static final Map<String, Integer> MINIMUM_CASES = Map.of("postgres", 40, "mysql", 20, "sqlite", 15, "h2", 15);

    static Stream<Arguments> cases() {
        return RenderSuite.stream().flatMap(suite -> suite.cases().stream()
                .map(renderCase -> Arguments.of(suite.name() + "/" + renderCase.name(), suite, renderCase)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void render_matchesGoldenFile(String name, RenderSuite suite, RenderCase renderCase) {
        Map<String, String> golden = RenderSuite.sections(suite.goldenFile(resources()));

        assertThat(golden).as("golden section for %s (run RegenerateRenderGoldens)", name).containsKey(renderCase.name());
        assertThat(suite.section(renderCase)).isEqualTo(golden.get(renderCase.name()));
    }

    @Test
    void goldenFiles_holdExactlyTheCases_andEnoughOfThem() {
        for (RenderSuite suite : RenderSuite.all()) {
            assertThat(suite.cases()).as(suite.name()).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES.get(suite.name()));
            assertThat(suite.cases().stream().map(RenderCase::name).distinct()).as(suite.name() + " case names are unique")
                    .hasSameSizeAs(suite.cases());
            assertThat(RenderSuite.sections(suite.goldenFile(resources())).keySet()).as(suite.name())
                    .containsExactlyElementsOf(suite.cases().stream().map(RenderCase::name).toList());
        }
    }

    private static Path resources() {
        try {
            return Path.of(RenderGoldenTest.class.getResource("/render").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
