package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code embedded.engine}: postgresql (default) or mariadb, and the data folder each defaults to. */
class EmbeddedEngineConfigTest {
    @TempDir
    Path dir;

    @Test
    void default_isPostgresqlInShalePostgres() {
        ShaleConfig config = new TestProject(dir).yaml("environment: development").load();
        assertThat(config.embeddedEngine()).isEqualTo("postgresql");
        assertThat(config.embeddedDataDir()).isEqualTo(dir.resolve(".shale/postgres"));
    }

    @Test
    void mariadb_defaultsItsDataToShaleMariadb() {
        ShaleConfig config = new TestProject(dir).yaml("embedded:", "  engine: mariadb").load();
        assertThat(config.embeddedEngine()).isEqualTo("mariadb");
        assertThat(config.embeddedDataDir()).isEqualTo(dir.resolve(".shale/mariadb"));
    }

    @Test
    void mariadb_withAnExplicitDataDir_keepsIt() {
        ShaleConfig config = new TestProject(dir).yaml("embedded: { engine: mariadb, data-dir: db/local }").load();
        assertThat(config.embeddedDataDir()).isEqualTo(dir.resolve("db/local"));
    }

    @Test
    void environmentVariable_setsTheEngine() {
        ShaleConfig config = new TestProject(dir).yaml("environment: development")
                .env("SHALE_EMBEDDED_ENGINE", "mariadb").load();
        assertThat(config.embeddedEngine()).isEqualTo("mariadb");
        assertThat(config.embeddedDataDir()).isEqualTo(dir.resolve(".shale/mariadb"));
    }

    @Test
    void unknownEngine_isABadValueNamingTheKeyAndTheAcceptedValues() {
        ShaleException e = new TestProject(dir).yaml("embedded:", "  engine: sqlite").failure();
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
        assertThat(e.getMessage()).contains("embedded.engine").contains("sqlite").contains("postgresql")
                .contains("mariadb");
    }

    @Test
    void builder_copiesTheEngineAndRefusesAnUnknownOne() {
        ShaleConfig loaded = new TestProject(dir).yaml("embedded: { engine: mariadb }").load();
        try (Workspace ws = Workspace.builder().config(loaded).build()) {
            assertThat(ws.config().embeddedEngine()).isEqualTo("mariadb");
            assertThat(ws.config().embeddedDataDir()).isEqualTo(dir.resolve(".shale/mariadb"));
        }
        try (Workspace ws = Workspace.builder().baseDir(dir).embeddedEngine("mariadb").build()) {
            assertThat(ws.config().embeddedDataDir()).isEqualTo(dir.resolve(".shale/mariadb"));
        }
        ShaleException e = org.assertj.core.api.Assertions.catchThrowableOfType(ShaleException.class,
                () -> Workspace.builder().embeddedEngine("oracle"));
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
        assertThat(e.getMessage()).contains("embedded.engine").contains("postgresql").contains("mariadb");
    }
}
