package io.shale.config;

import io.shale.config.ConfigKeys.Key;
import io.shale.config.ConfigKeys.Type;
import io.shale.error.ErrorCode;
import io.shale.error.Redaction;
import io.shale.error.ShaleException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the merged tree against {@link ConfigKeys} and converts it to Java values: sections to
 * maps, PATH to absolute {@link Path}s, DURATION to {@link java.time.Duration}, SECRET to
 * {@link Secret}, lists to lists of strings or paths. Variables are resolved in each value as it is
 * converted, so an unknown key is reported before a missing variable inside it. An empty value
 * counts as unset for a key without default; for any other key it is an error. An empty section
 * ({@code database:} with nothing under it) is present, with no keys.
 */
final class ConfigBinder {
    private final Variables variables;
    private final Path baseDir;

    ConfigBinder(Variables variables, Path baseDir) {
        this.variables = variables;
        this.baseDir = baseDir;
    }

    /** The values by key name, sections nested as maps; unset keys are absent (no defaults applied). */
    Map<String, Object> bind(ConfigNode.Mapping root) {
        return section(root, "", "", root.origin());
    }

    /** The value at {@code path} in {@code values}, or the key's default, converted. */
    Object valueOrDefault(Map<String, Object> values, String path) {
        Object current = values;
        for (String segment : path.split("\\.")) {
            current = current instanceof Map<?, ?> map ? map.get(segment) : null;
        }
        if (current != null) {
            return current;
        }
        Key key = ConfigKeys.find(path).orElseThrow(() -> new IllegalArgumentException("no key " + path));
        if (key.defaultValue() instanceof List<?> list) {
            return List.copyOf(list);
        }
        Origin origin = Origin.defaultOf(path);
        return scalar(key, path, new ConfigNode.Scalar((String) key.defaultValue(), false, origin));
    }

    private Map<String, Object> section(ConfigNode.Mapping mapping, String path, String pattern, Origin origin) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ConfigNode.Entry entry : mapping.entries().values()) {
            String keyPath = path.isEmpty() ? entry.key() : path + "." + entry.key();
            Optional<Key> key = entry.key().contains(".") ? Optional.empty() : ConfigKeys.find(keyPath);
            if (key.isEmpty()) {
                throw UnknownKeys.error(path, pattern, entry);
            }
            Object value = value(key.get(), keyPath, entry);
            if (value != null) {
                out.put(entry.key(), value);
            }
        }
        for (Key child : ConfigKeys.children(pattern)) {
            if (child.required() && !out.containsKey(child.name())) {
                String childPath = path + "." + child.name();
                throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE,
                        origin.describe() + ": `" + childPath + "` is required when `" + path + "` is given",
                        "add `" + child.name() + ": " + child.example() + "` under `" + path + "`"
                                + (path.equals("database") ? ", or remove `database` to use the embedded PostgreSQL"
                                : ""));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private Object value(Key key, String path, ConfigNode.Entry entry) {
        ConfigNode node = entry.value();
        boolean isNull = node instanceof ConfigNode.Scalar s && s.isNull();
        if (key.type().isSection()) {
            if (isNull) {
                return section(ConfigNode.Mapping.empty(node.origin()), path, key.path(), entry.keyOrigin());
            }
            if (node instanceof ConfigNode.Mapping mapping) {
                return section(mapping, path, key.path(), entry.keyOrigin());
            }
            throw badType(path, key.type(), node, key.example());
        }
        if (isNull) {
            return null;
        }
        boolean list = key.type().isList() || key.type() == Type.REFERENCE_DATA;
        if (node instanceof ConfigNode.Sequence sequence && list) {
            List<Object> items = new ArrayList<>();
            for (ConfigNode item : sequence.items()) {
                items.add(item(key, path, item, items.size() + 1));
            }
            return List.copyOf(items);
        }
        if (node instanceof ConfigNode.Scalar scalar && (!list || key.type() == Type.PACKAGE_LIST)) {
            Object value = scalar(key, path, scalar);
            return key.type() == Type.PACKAGE_LIST && value != null ? List.of(value) : value;
        }
        if (node instanceof ConfigNode.Scalar scalar && key.type() == Type.REFERENCE_DATA) {
            return referenceData(path, scalar);
        }
        throw badType(path, key.type(), node, key.example());
    }

    private Object item(Key key, String path, ConfigNode item, int position) {
        String itemPath = path + "[" + position + "]";
        if (!(item instanceof ConfigNode.Scalar scalar)) {
            throw badType(itemPath, Type.STRING, item, key.example());
        }
        if (scalar.isNull()) {
            throw badValue(item.origin(), itemPath, "is empty", "remove the empty item, or give it a value");
        }
        Type itemType = switch (key.type()) {
            case PATH_LIST -> Type.PATH;
            case PACKAGE_LIST -> Type.PACKAGE_LIST;
            default -> Type.STRING;
        };
        return scalar(new Key(itemPath, itemType, true, null, null, key.example(), ""), itemPath, scalar);
    }

    private Object referenceData(String path, ConfigNode.Scalar scalar) {
        String text = expand(path, scalar, false).strip();
        if (text.equals("auto") || text.equals("none")) {
            return text;
        }
        throw badValue(scalar.origin(), path, "is `" + text + "`, which is not `auto` or `none`",
                "write `auto`, `none`, or a list of tables such as `[countries, currencies]`");
    }

    /** One scalar converted to its key's type; null for an empty value of an optional key without default. */
    private Object scalar(Key key, String path, ConfigNode.Scalar node) {
        String text = expand(path, node, key.type() == Type.SECRET);
        if (key.type() == Type.SECRET ? text.isEmpty() : text.isBlank()) {
            if (!key.required() && key.defaultValue() == null) {
                return null;
            }
            throw badValue(node.origin(), path, "is empty", "give it a value such as `" + key.example()
                    + "`" + (key.required() ? "" : ", or remove the key to use the default"));
        }
        return switch (key.type()) {
            case STRING -> path.equals("embedded.engine") ? engine(path, text, node.origin()) : text;
            case SECRET -> new Secret(text);
            case JDBC_URL -> jdbcUrl(path, text, node.origin());
            case PATH -> path(path, text, node.origin());
            case DURATION -> Values.duration(text).orElseThrow(() -> badValue(node.origin(), path,
                    text.strip().startsWith("-") ? "is negative (`" + text + "`)"
                            : "is `" + text + "`, which is not " + Type.DURATION.expected(),
                    "write whole seconds (`60`) or a number with a unit: `500ms`, `30s`, `5m`, `1h`"));
            case COUNT -> {
                String digits = text.strip();
                if (!digits.matches("\\d{1,9}")) {
                    throw badValue(node.origin(), path, "is `" + text + "`, which is not " + Type.COUNT.expected(),
                            "write a whole number such as `" + key.example() + "`");
                }
                yield Integer.parseInt(digits);
            }
            case IDENTIFIER -> {
                if (!Values.isIdentifier(text)) {
                    throw badValue(node.origin(), path, "is `" + text + "`, which is not " + Type.IDENTIFIER.expected(),
                            "use a name such as `" + key.example() + "` or `myschema." + key.example() + "`");
                }
                yield text;
            }
            case PACKAGE_LIST -> {
                if (!Values.isPackageName(text.strip())) {
                    throw badValue(node.origin(), path, "is `" + text + "`, which is not a Java package name",
                            "write dotted Java identifiers such as `com.acme.migrations`");
                }
                yield text.strip();
            }
            default -> throw new IllegalStateException("not a scalar type: " + key.type());
        };
    }

    private String expand(String path, ConfigNode.Scalar node, boolean secret) {
        return node.origin().interpolates() ? variables.expand(node.text(), path, node.origin(), secret) : node.text();
    }

    private static String jdbcUrl(String path, String text, Origin origin) {
        if (!text.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw badValue(origin, path, "is `" + Redaction.url(text) + "`, which is not a JDBC URL",
                    "write a URL that starts with `jdbc:`, such as `jdbc:postgresql://localhost:5432/app`");
        }
        return text;
    }

    private Path path(String key, String text, Origin origin) {
        try {
            return baseDir.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw badValue(origin, key, "is not a valid path: " + e.getReason(),
                    "write a path relative to the folder of the config file, or an absolute one");
        }
    }

    static ShaleException badType(String path, Type expected, ConfigNode found, String example) {
        return new ShaleException(ErrorCode.CONFIG_BAD_TYPE,
                found.origin().describe() + ": `" + path + "` must be " + expected.expected() + ", not "
                        + found.kindName(),
                "write it like `" + path.replaceAll("\\[\\d+]$", "") + ": " + example + "`");
    }

    private static String engine(String path, String text, Origin origin) {
        String engine = text.strip();
        if (!ShaleConfig.EMBEDDED_ENGINES.contains(engine)) {
            throw badValue(origin, path, "is `" + text + "`, which is not one of " + ShaleConfig.EMBEDDED_ENGINES,
                    "write `embedded: { engine: postgresql }` (the default) or `embedded: { engine: mariadb }`");
        }
        return engine;
    }

    static ShaleException badValue(Origin origin, String path, String problem, String hint) {
        return new ShaleException(ErrorCode.CONFIG_BAD_VALUE, origin.describe() + ": `" + path + "` " + problem, hint);
    }
}
