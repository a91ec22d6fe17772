package io.shale.config;

import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
                embeddedDataDir(binder, values, location.baseDir()),
                models(binder, values),
                referenceData(values.get("reference-data")),
                (Path) values.get("seeds"),
                purge(values.get("purge")),
                values.get("scratch") instanceof Map<?, ?> scratch ? settings(scratch) : null,
                (Duration) binder.valueOrDefault(values, "lock-wait"),
                (Integer) binder.valueOrDefault(values, "lock-retries"),
                TargetsSection.read(values.get("targets"),
                        location.configFile() == null ? null : location.show(location.configFile())),
                (Duration) binder.valueOrDefault(values, "lock-lease"),
                (Duration) binder.valueOrDefault(values, "lock-heartbeat"),
                strings(binder.valueOrDefault(values, "schemas")),
                values.get("verify") instanceof Map<?, ?> verify ? (String) verify.get("since") : null,
                (String) binder.valueOrDefault(values, "embedded.engine"));
    }

    /** {@code embedded.data-dir}, else {@code .shale/mariadb} for the MariaDB engine, else {@code .shale/postgres}. */
    private static Path embeddedDataDir(ConfigBinder binder, Map<String, Object> values, Path baseDir) {
        boolean set = values.get("embedded") instanceof Map<?, ?> embedded && embedded.get("data-dir") != null;
        if (!set && ShaleConfig.ENGINE_MARIADB.equals(binder.valueOrDefault(values, "embedded.engine"))) {
            return baseDir.resolve(ShaleConfig.DEFAULT_MARIADB_DATA_DIR).toAbsolutePath().normalize();
        }
        return (Path) binder.valueOrDefault(values, "embedded.data-dir");
    }

    private static DatabaseSettings settings(Map<?, ?> section) {
        return new DatabaseSettings((String) section.get("url"), (String) section.get("user"),
                (Secret) section.get("password"), (String) section.get("schema"));
    }

    /** Both sources may be set here: the commands that need models refuse that (so that others still run). */
    private static ModelsSettings models(ConfigBinder binder, Map<String, Object> values) {
        if (!(values.get("models") instanceof Map<?, ?> models)) {
            return null;
        }
        Path schema = (Path) models.get("schema");
        ModelsSettings.Jpa jpa = null;
        if (models.get("jpa") instanceof Map<?, ?> section) {
            List<Path> classpath = new ArrayList<>();
            if (section.get("classpath") instanceof List<?> items) {
                items.forEach(item -> classpath.add((Path) item));
            }
            jpa = new ModelsSettings.Jpa(classpath,
                    section.get("packages") == null ? List.of() : strings(section.get("packages")));
        }
        ModelsSettings.Command command = models.get("command") == null ? null
                : new ModelsSettings.Command((String) models.get("command"),
                (Duration) binder.valueOrDefault(values, "models.timeout"),
                (Path) binder.valueOrDefault(values, "models.directory"));
        return new ModelsSettings(schema, jpa, command);
    }

    /** The binder has already refused any word but {@code auto} and {@code none}. */
    private static ReferenceDataSettings referenceData(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> tables) {
            return ReferenceDataSettings.tables(strings(tables));
        }
        return value.equals("none") ? ReferenceDataSettings.NONE : ReferenceDataSettings.AUTO;
    }

    private static Map<String, PurgeSettings> purge(Object value) {
        Map<String, PurgeSettings> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> rules) {
            rules.forEach((name, rule) -> {
                Map<?, ?> r = (Map<?, ?>) rule;
                out.put((String) name, new PurgeSettings((String) r.get("table"), (String) r.get("where"),
                        r.get("params") == null ? List.of() : strings(r.get("params"))));
            });
        }
        return out;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) value) {
            out.add((String) item);
        }
        return out;
    }
}
