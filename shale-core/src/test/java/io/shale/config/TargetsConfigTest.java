package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsConfigTest {
    @TempDir
    Path dir;

    @Test
    void targets_areReadInFileOrder_withVariablesResolved() {
        ShaleConfig config = new TestProject(dir).yaml("""
                targets:
                  eu-1: { url: "jdbc:postgresql://db-eu/app" }
                  us-1: { url: "jdbc:postgresql://${US_HOST}/app", environment: production, password: "${US_PW}" }
                  tenants: { url: "jdbc:postgresql://db-eu/postgres", databases: "tenant_*" }
                  shop: { url: "jdbc:postgresql://db/shop", schemas: [a, "t_*"] }
                  registry-tenants: { query: "SELECT name, url FROM tenants", on: eu-1 }
                """).env("US_HOST", "db-us").env("US_PW", "secret").load();

        assertThat(config.targets()).containsOnlyKeys("eu-1", "us-1", "tenants", "shop", "registry-tenants");
        assertThat(config.targets().keySet()).startsWith("eu-1", "us-1");
        TargetSettings us = config.targets().get("us-1");
        assertThat(us.url()).isEqualTo("jdbc:postgresql://db-us/app");
        assertThat(us.environment()).isEqualTo("production");
        assertThat(us.password().reveal()).isEqualTo("secret");
        assertThat(config.targets().get("tenants").databases()).isEqualTo("tenant_*");
        assertThat(config.targets().get("shop").schemas()).containsExactly("a", "t_*");
        assertThat(config.targets().get("registry-tenants").on()).isEqualTo("eu-1");
    }

    @Test
    void aTargetWithTwoGenerators_orWithoutUrl_isRefusedNamingIt() {
        assertThatThrownBy(() -> new TestProject(dir).yaml("""
                targets:
                  mixed: { url: "jdbc:postgresql://db/app", databases: "t_*", schemas: [x] }
                """).load()).isInstanceOfSatisfying(ShaleException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
            assertThat(e.getMessage()).contains("targets.mixed").contains("more than one");
        });
        assertThatThrownBy(() -> new TestProject(dir).yaml("""
                targets:
                  eu-1: { user: app }
                """).load()).isInstanceOfSatisfying(ShaleException.class,
                e -> assertThat(e.getMessage()).contains("`targets.eu-1` has no `url`"));
        assertThatThrownBy(() -> new TestProject(dir).yaml("""
                targets:
                  eu-1: { url: "jdbc:postgresql://db/app", shard: 2 }
                """).load()).isInstanceOfSatisfying(ShaleException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_UNKNOWN_KEY));
    }
}
