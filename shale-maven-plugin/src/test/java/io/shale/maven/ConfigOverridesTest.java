package io.shale.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigOverridesTest {
    private static Properties user(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void configurationParametersBecomeTheirConfigurationKeys() {
        Map<String, String> keys = ConfigOverrides.of("jdbc:sqlite:a.db", "app", "secret", "db/m", "ci",
                Map.of("lock-timeout", "5s"), user());

        assertThat(keys).containsExactlyInAnyOrderEntriesOf(Map.of("database.url", "jdbc:sqlite:a.db",
                "database.user", "app", "database.password", "secret", "migrations", "db/m", "environment", "ci",
                "lock-timeout", "5s"));
    }

    @Test
    void userPropertiesWinOverConfiguration() {
        Map<String, String> keys = ConfigOverrides.of("jdbc:sqlite:config.db", null, null, null, null,
                Map.of("lock-timeout", "5s"),
                user("shale.database.url", "jdbc:sqlite:cli.db", "shale.lock-timeout", "1m"));

        assertThat(keys).containsEntry("database.url", "jdbc:sqlite:cli.db").containsEntry("lock-timeout", "1m");
    }

    @Test
    void goalPropertiesAndSectionsAreNotConfigurationKeys() {
        Map<String, String> keys = ConfigOverrides.of(null, null, null, null, null, null,
                user("shale.yes", "true", "shale.message", "init", "shale.database", "true", "shale.confirm", "app",
                        "shale.environment", "ci", "other.key", "x"));

        assertThat(keys).containsExactly(Map.entry("environment", "ci"));
    }

    @Test
    void unknownOverridesArePassedOnForTheLoaderToReject() {
        assertThat(ConfigOverrides.of(null, null, null, null, null, Map.of("no-such-key", "1"), user()))
                .containsEntry("no-such-key", "1");
    }
}
