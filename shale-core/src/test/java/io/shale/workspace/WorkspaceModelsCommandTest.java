package io.shale.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.command.generate.CommandModels;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code models.command} survives the workspace's assembly and is refused next to another source. */
class WorkspaceModelsCommandTest {
    @TempDir
    Path dir;

    @Test
    void models_command_isTheCommandModelSource_withItsSettingsKept() {
        try (Workspace ws = new ProjectFolder(dir).yaml("database: { url: 'jdbc:h2:mem:wmc' }", "models:",
                "  command: make schema", "  timeout: 3m", "  directory: backend").load()) {
            assertThat(ws.models()).isInstanceOf(CommandModels.class);
            assertThat(ws.config().models().command().line()).isEqualTo("make schema");
            assertThat(ws.config().models().command().timeout()).isEqualTo(Duration.ofMinutes(3));
            assertThat(ws.config().models().command().directory()).isEqualTo(dir.resolve("backend").toAbsolutePath());
        }
    }

    @Test
    void models_commandNextToASchemaFile_isRefusedWhenModelsAreNeeded() {
        try (Workspace ws = new ProjectFolder(dir).yaml("models:", "  schema: s.sql", "  command: make schema").load()) {
            assertThatThrownBy(ws::models).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                assertThat(e.getMessage()).contains("models.schema and models.command are both set");
            });
        }
    }
}
