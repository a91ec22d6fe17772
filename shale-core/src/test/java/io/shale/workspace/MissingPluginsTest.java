package io.shale.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core's own class path has neither shale-jpa nor shale-local: what needs them says which module to
 * add, and nothing else is affected.
 */
class MissingPluginsTest {
    @TempDir
    Path dir;

    @Test
    void jpaModels_withoutShaleJpa_sayToAddIt() {
        try (Workspace ws = new ProjectFolder(dir).yaml("database: { url: 'jdbc:h2:mem:x' }",
                "models: { jpa: { classpath: [target/classes], packages: [com.acme.model] } }").load()) {
            assertThatThrownBy(ws::models)
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                        assertThat(e.getMessage()).contains("models.jpa").contains("shale-jpa");
                        assertThat(e.hint()).contains("io.shale:shale-jpa");
                    });
        }
    }

    @Test
    void noDatabase_withoutShaleLocal_saysToConfigureOneOrAddIt() {
        try (Workspace ws = new ProjectFolder(dir).load()) {
            assertThatThrownBy(ws::dataSource)
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                        assertThat(e.getMessage()).startsWith("No database is configured").contains("shale-local");
                        assertThat(e.hint()).contains("database: { url:").contains("io.shale:shale-local");
                    });
        }
    }

    @Test
    void scratchForAServerEngine_withoutShaleLocalOrScratchServer_saysToAddOne() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES);
             Workspace ws = Workspace.builder().baseDir(dir).database(db.url(), db.user(), db.password()).build()) {
            assertThatThrownBy(ws::scratch)
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                        assertThat(e.getMessage()).contains("scratch").contains(db.name());
                        assertThat(e.hint()).contains("scratch: { url:").contains("io.shale:shale-local");
                    });
        }
    }
}
