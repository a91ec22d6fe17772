package io.shale.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.Shale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code shale.lock-wait} and {@code shale.lock-retries} reach the settings, over the file's values. */
class ShaleLockWaitPropertiesTest {
    @TempDir
    Path project;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ShaleAutoConfiguration.class))
                .withBean(DataSource.class, () -> H2.dataSource(H2.newUrl()));
    }

    @Test
    void withoutProperties_theDefaultsApply() {
        runner().run(context -> {
            assertThat(context).hasNotFailed();
            Shale shale = context.getBean(ShaleTargets.class).shale("dataSource");
            assertThat(shale.settings().lockWait()).isEqualTo(Duration.ofSeconds(5));
            assertThat(shale.settings().lockRetries()).isEqualTo(10);
        });
    }

    @Test
    void properties_overrideTheFile() throws Exception {
        Path config = Files.writeString(project.resolve("shale.yaml"), "lock-wait: 9s\nlock-retries: 4\n");
        runner().withPropertyValues("shale.config-file=" + config, "shale.migrations=classpath:db/migrations",
                "shale.lock-wait=2s", "shale.lock-retries=3").run(context -> {
                    assertThat(context).hasNotFailed();
                    Shale shale = context.getBean(ShaleTargets.class).shale("dataSource");
                    assertThat(shale.settings().lockWait()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(shale.settings().lockRetries()).isEqualTo(3);
                });
    }
}
