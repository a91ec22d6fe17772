package io.shale.config;

import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code shale.yaml}, the {@code .env} file, {@code SHALE_*} environment variables and
 * command-line overrides into one validated {@link ShaleConfig}. Precedence, lowest first: the
 * file, then {@code SHALE_*} variables, then overrides. Keys and variables are documented in
 * {@code docs/configuration.md}; {@link ConfigKeys} is their table.
 */
public final class ConfigLoader {

    /**
     * @throws ShaleException with a CONFIG_* code naming the file, line and key for anything unknown,
     *                        mistyped, malformed or unresolved; messages never contain a password
     */
    public ShaleConfig load(ConfigRequest request) {
        ConfigLocation location = ConfigLocation.find(request);
        ConfigNode.Mapping root = location.configFile() == null
                ? ConfigNode.Mapping.empty(Origin.file(ConfigLocation.DEFAULT_NAME, 0))
                : new YamlReader(location.show(location.configFile())).read(location.configFile());
        root = Overrides.apply(root, request.environment(), request.overrides());
        Variables variables = new Variables(request.environment(), location.dotEnvFile(),
                location.show(location.dotEnvFile()));
        ConfigBinder binder = new ConfigBinder(variables, location.baseDir());
        Map<String, Object> values = binder.bind(root);
        return new ShaleConfig(
                location.baseDir(),
                location.configFile(),
                values.get("database") instanceof Map<?, ?> database ? settings(database) : null,
                (Path) binder.valueOrDefault(values, "migrations"),
                strings(binder.valueOrDefault(values, "java-migrations")),
                (String) binder.valueOrDefault(values, "environment"),
                strings(binder.valueOrDefault(values, "protected-environments")),
                (String) binder.valueOrDefault(values, "history-table"),
                (String) binder.valueOrDefault(values, "meta-table"),
                (Duration) binder.valueOrDefault(values, "lock-timeout"),
                strings(binder.valueOrDefault(values, "exclude")),
                (Path) binder.valueOrDefault(values, "embedded.data-dir"),
                extensions(values));
    }

    private static DatabaseSettings settings(Map<?, ?> section) {
        return new DatabaseSettings((String) section.get("url"), (String) section.get("user"),
                (Secret) section.get("password"), (String) section.get("schema"));
    }

    /**
     * The extension keys present, as plain Strings, Lists and Maps (paths as absolute path strings),
     * except {@code scratch}, which is a {@link DatabaseSettings} so that its password stays a
     * {@link Secret} and its URL is redacted in {@code toString}.
     */
    private static Map<String, Object> extensions(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ConfigKeys.Key key : ConfigKeys.children("")) {
            Object value = values.get(key.name());
            if (key.extension() && value != null) {
                out.put(key.name(), key.name().equals("scratch") ? settings((Map<?, ?>) value) : plain(value));
            }
        }
        return out;
    }

    private static Object plain(Object value) {
        if (value instanceof Path path) {
            return path.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ConfigLoader::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, plain(v)));
            return Collections.unmodifiableMap(out);
        }
        return value;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) value) {
            out.add((String) item);
        }
        return out;
    }
}
