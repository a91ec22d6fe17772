package io.shale.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.Shale;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code shale.lock-lease} and {@code shale.lock-heartbeat} reach the settings the lock uses on Galera. */
class ShaleLockLeasePropertiesTest {
    @Test
    void leaseProperties_setTheLockLeaseAndHeartbeat() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ShaleAutoConfiguration.class))
                .withBean(DataSource.class, () -> H2.dataSource(H2.newUrl()))
                .withPropertyValues("shale.lock-lease=2m", "shale.lock-heartbeat=15s")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Shale shale = context.getBean(ShaleTargets.class).shale("dataSource");
                    assertThat(shale.settings().lockLease()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(shale.settings().lockHeartbeat()).isEqualTo(Duration.ofSeconds(15));
                });
    }
}
