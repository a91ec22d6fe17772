package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/** {@code models: { command: ..., timeout: ..., directory: ... }} as the loader reads it. */
class ModelsCommandConfigTest {
    @TempDir
    Path dir;

    @Test
    void command_aloneTakesTheDefaults_twoMinutesInTheBaseFolder() {
        ShaleConfig config = new TestProject(dir).yaml("models:",
                "  command: /usr/bin/python3 -m app.create_schema").load();

        assertThat(config.models()).isEqualTo(ModelsSettings.command("/usr/bin/python3 -m app.create_schema",
                Duration.ofSeconds(120), dir.toAbsolutePath().normalize()));
        assertThat(config.models().isConfigured()).isTrue();
    }

    @Test
    void command_withTimeoutAndDirectory_resolvesTheFolderAgainstTheBaseFolder() {
        ShaleConfig config = new TestProject(dir).yaml("models:",
                "  command: ${MODELS_CMD}",
                "  timeout: 5m",
                "  directory: backend").env("MODELS_CMD", "npx prisma db push --skip-generate").load();

        assertThat(config.models().command()).isEqualTo(new ModelsSettings.Command("npx prisma db push --skip-generate",
                Duration.ofMinutes(5), dir.resolve("backend").toAbsolutePath().normalize()));
        assertThat(config.models().sourceCount()).isEqualTo(1);
    }

    @Test
    void schemaAndCommand_areKeptBoth_forTheCommandsThatNeedModelsToRefuse() {
        ShaleConfig config = new TestProject(dir).yaml("models:", "  schema: db/schema.sql", "  command: make schema")
                .load();

        assertThat(config.models().sourceCount()).isEqualTo(2);
    }
}
