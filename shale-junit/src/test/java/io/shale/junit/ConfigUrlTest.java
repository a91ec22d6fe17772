package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** With no URL on the annotation, {@code database.url} of the project's shale.yaml picks the engine. */
@ShaleTest(project = "src/test/resources/projects/sqlite-config")
class ConfigUrlTest {

    @Test
    void theConfiguredEngineServes_onACopy_notOnTheConfiguredFile(FreshDatabase database) throws SQLException {
        assertThat(database.url()).startsWith("jdbc:sqlite:").contains("shale_jc_");
        assertThat(Shop.roleCodes(database.dataSource())).containsExactly("admin", "user");
        assertThat(Path.of("target/never-touched.db")).satisfies(p -> assertThat(Files.exists(p)).isFalse());
    }
}
