package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/configuration.md follows {@link ConfigKeys}: every key and variable is documented, the example loads. */
class ConfigurationDocumentationTest {
    private static final Path DOC = Path.of("..", "docs", "configuration.md");

    @TempDir
    Path dir;

    @Test
    void documentation_namesEveryKeyAndVariable() throws IOException {
        String doc = Files.readString(DOC);

        for (ConfigKeys.Key key : ConfigKeys.all()) {
            assertThat(doc).as(key.path()).contains("`" + key.path().replace("targets.*", "targets.<name>").replace("*", "<rule>") + "`");
            if (key.environmentVariable() != null) {
                assertThat(doc).as(key.path()).contains("`" + key.environmentVariable() + "`");
            }
        }
    }

    @Test
    void documentation_completeExampleLoads() throws IOException {
        String doc = Files.readString(DOC);
        String example = doc.substring(doc.indexOf("```yaml", doc.indexOf("## A complete example")) + 7);
        example = example.substring(0, example.indexOf("```"));

        ShaleConfig config = new TestProject(dir).yaml(example)
                .env("POSTGRES_DB", "app").env("POSTGRES_USER", "app")
                .load();

        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://localhost:5432/app");
        assertThat(config.models()).isNotNull();
        assertThat(config.referenceData()).isNotNull();
        assertThat(config.seeds()).isNotNull();
        assertThat(config.purge()).isNotEmpty();
        assertThat(config.scratch()).isNotNull();
    }
}
