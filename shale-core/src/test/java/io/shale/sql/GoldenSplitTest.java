package io.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Splits every golden script under {@code src/test/resources/sql/<dialect>/} and compares with its {@code .expected}. */
class GoldenSplitTest {

    private static final Map<String, Integer> MINIMUM_CASES = Map.of("postgres", 12, "mysql", 10, "sqlite", 5, "h2", 4);

    static Stream<Arguments> goldenScripts() {
        Path root = root();
        return Dialects.SPLITTERS.keySet().stream().sorted()
                .flatMap(dialect -> GoldenFormat.scripts(root, dialect).stream()
                        .map(script -> Arguments.of(dialect + "/" + script.getFileName(), dialect, script)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenScripts")
    void split_matchesGoldenFile(String name, String dialect, Path script) {
        Path expected = GoldenFormat.expectedFor(script);
        assertThat(expected).as("golden file for %s (run RegenerateGoldens to create it)", name).exists();

        String actual = GoldenFormat.render(Dialects.SPLITTERS.get(dialect).split(GoldenFormat.read(script)));

        assertThat(unixLines(actual)).isEqualTo(unixLines(GoldenFormat.read(expected)));
    }

    @Test
    void goldenFiles_coverEveryDialect() {
        MINIMUM_CASES.forEach((dialect, minimum) ->
                assertThat(GoldenFormat.scripts(root(), dialect)).as(dialect).hasSizeGreaterThanOrEqualTo(minimum));
    }

    @Test
    void goldenFiles_haveAScriptEach() throws Exception {
        try (Stream<Path> files = Files.walk(root())) {
            assertThat(files.filter(file -> file.toString().endsWith(".expected")))
                    .allSatisfy(expected -> assertThat(expected.resolveSibling(
                            expected.getFileName().toString().replace(".expected", ".sql"))).exists());
        }
    }

    /** A checkout that turns LF into CR LF changes both files alike; CR LF handling is tested in the edge cases. */
    private static String unixLines(String text) {
        return text.replace("\r\n", "\n");
    }

    private static Path root() {
        try {
            return Path.of(GoldenSplitTest.class.getResource("/sql").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
