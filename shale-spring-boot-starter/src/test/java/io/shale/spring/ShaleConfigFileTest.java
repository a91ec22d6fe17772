package io.shale.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.Shale;
import io.shale.error.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The project's shale.yaml is read, and the shale.* properties that are set override it. */
class ShaleConfigFileTest {
    @TempDir
    Path project;

    private ApplicationContextRunner runner(String url) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ShaleAutoConfiguration.class))
                .withBean(DataSource.class, () -> H2.dataSource(url));
    }

    private Path writeConfig() throws Exception {
        Path orders = Path.of(getClass().getResource("/db/orders").toURI());
        return Files.writeString(project.resolve("shale.yaml"), """
                migrations: %s
                environment: staging
                lock-timeout: 7s
                """.formatted(orders));
    }

    @Test
    void theFilesSettingsApply_whenNoPropertyIsSet() throws Exception {
        Path config = writeConfig();
        String url = H2.newUrl();
        runner(url).withPropertyValues("shale.config-file=" + config).run(context -> {
            assertThat(context).hasNotFailed();
            Shale shale = context.getBean(ShaleTargets.class).shale("dataSource");
            assertThat(H2.tables(context.getBean(DataSource.class))).contains("orders").doesNotContain("users");
            assertThat(shale.settings().environment()).isEqualTo("staging");
            assertThat(shale.status().environment()).isEqualTo("staging");
        });
    }

    @Test
    void propertiesOverrideTheFile() throws Exception {
        Path config = writeConfig();
        runner(H2.newUrl()).withPropertyValues("shale.config-file=" + config, "shale.environment=qa",
                "shale.migrations=classpath:db/migrations").run(context -> {
                    assertThat(context).hasNotFailed();
                    Shale shale = context.getBean(ShaleTargets.class).shale("dataSource");
                    assertThat(H2.tables(context.getBean(DataSource.class))).contains("users").doesNotContain("orders");
                    assertThat(shale.status().environment()).isEqualTo("qa");
                });
    }

    @Test
    void aConfigFileThatDoesNotExist_stopsStartUp() {
        runner(H2.newUrl()).withPropertyValues("shale.config-file=" + project.resolve("missing.yaml")).run(context -> {
            assertThat(ShaleAutoConfigurationTest.shaleCause(context.getStartupFailure()).code())
                    .isEqualTo(ErrorCode.CONFIG_NOT_FOUND);
        });
    }
}
