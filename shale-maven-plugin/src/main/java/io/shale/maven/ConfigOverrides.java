package io.shale.maven;

import io.shale.config.ConfigKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The configuration keys a build sets, by precedence, lowest first: the named {@code <configuration>}
 * parameters, the {@code <overrides>} map, then {@code -Dshale.KEY=VALUE} for every KEY that is a
 * configuration key ({@code -Dshale.database.url=...}, {@code -Dshale.environment=ci}). User
 * properties that are goal parameters ({@code shale.yes}, {@code shale.message}) are not keys and
 * are left to the goals. Unknown keys in {@code <overrides>} are passed on, so the configuration
 * loader rejects them with its usual CONFIG_UNKNOWN_KEY error.
 */
final class ConfigOverrides {
    static final String PREFIX = "shale.";

    private ConfigOverrides() {
    }

    static Map<String, String> of(String url, String user, String password, String migrations, String environment,
                                  Map<String, String> overrides, Properties userProperties) {
        Map<String, String> keys = new LinkedHashMap<>();
        put(keys, "database.url", url);
        put(keys, "database.user", user);
        put(keys, "database.password", password);
        put(keys, "migrations", migrations);
        put(keys, "environment", environment);
        if (overrides != null) {
            overrides.forEach((k, v) -> put(keys, k, v));
        }
        for (String name : userProperties.stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                String key = name.substring(PREFIX.length());
                if (ConfigKeys.find(key).filter(k -> !k.type().isSection()).isPresent()) {
                    put(keys, key, userProperties.getProperty(name));
                }
            }
        }
        return keys;
    }

    private static void put(Map<String, String> keys, String key, String value) {
        if (value != null) {
            keys.put(key, value);
        }
    }
}
