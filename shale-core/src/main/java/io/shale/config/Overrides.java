package io.shale.config;

import io.shale.config.ConfigKeys.Key;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays {@code SHALE_*} environment variables, then command-line overrides, over the file's tree.
 * Each replaces the value at its key path, creating the enclosing sections when the file has none,
 * and keeps its own {@link Origin} so that validation names the variable or flag. Variables not in
 * {@link ConfigKeys} (such as {@code SHALE_ENV}) are ignored; unknown override keys are refused.
 */
final class Overrides {

    private Overrides() {
    }

    static ConfigNode.Mapping apply(ConfigNode.Mapping root, Map<String, String> environment,
                                    Map<String, String> overrides) {
        ConfigNode.Mapping out = root;
        for (Key key : ConfigKeys.all()) {
            String variable = key.environmentVariable();
            if (variable != null && environment.containsKey(variable)) {
                out = set(out, key, key.path(), environment.get(variable), Origin.environment(variable));
            }
        }
        for (Map.Entry<String, String> override : new TreeMap<>(overrides).entrySet()) {
            String path = override.getKey();
            Origin origin = Origin.override(path);
            Key key = ConfigKeys.find(path).orElseThrow(() -> unknownKey(path, origin));
            out = set(out, key, path, override.getValue(), origin);
        }
        return out;
    }

    private static ConfigNode.Mapping set(ConfigNode.Mapping root, Key key, String path, String text, Origin origin) {
        if (key.type().isSection()) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_TYPE,
                    origin.describe() + ": `" + path + "` is a section and cannot be set from a single value",
                    "override the keys inside it instead, e.g. `" + firstChild(key) + "`");
        }
        return set(root, path.split("\\."), 0, node(key, text, origin), origin);
    }

    private static ConfigNode.Mapping set(ConfigNode.Mapping mapping, String[] segments, int index, ConfigNode leaf,
                                          Origin origin) {
        String name = segments[index];
        if (index == segments.length - 1) {
            return mapping.with(new ConfigNode.Entry(name, origin, leaf));
        }
        ConfigNode.Entry existing = mapping.entries().get(name);
        ConfigNode.Mapping child;
        if (existing == null || existing.value() instanceof ConfigNode.Scalar s && s.isNull()) {
            child = ConfigNode.Mapping.empty(origin);
        } else if (existing.value() instanceof ConfigNode.Mapping m) {
            child = m;
        } else {
            String sectionPath = String.join(".", List.of(segments).subList(0, index + 1));
            throw ConfigBinder.badType(sectionPath, ConfigKeys.Type.SECTION, existing.value(),
                    ConfigKeys.find(sectionPath).map(Key::example).orElse("{ }"));
        }
        Origin keyOrigin = existing == null ? origin : existing.keyOrigin();
        return mapping.with(new ConfigNode.Entry(name, keyOrigin, set(child, segments, index + 1, leaf, origin)));
    }

    /** List keys take comma-separated text; {@code reference-data} takes {@code auto}, {@code none} or tables. */
    private static ConfigNode node(Key key, String text, Origin origin) {
        boolean list = key.type().isList() || key.type() == ConfigKeys.Type.REFERENCE_DATA
                && !text.strip().equals("auto") && !text.strip().equals("none");
        if (!list) {
            return new ConfigNode.Scalar(text, false, origin);
        }
        List<ConfigNode> items = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                items.add(new ConfigNode.Scalar(item.strip(), false, origin));
            }
        }
        return new ConfigNode.Sequence(items, origin);
    }

    private static String firstChild(Key section) {
        List<Key> children = ConfigKeys.children(section.path());
        return children.isEmpty() ? section.path() : children.get(0).path();
    }

    private static ShaleException unknownKey(String path, Origin origin) {
        List<String> paths = ConfigKeys.all().stream()
                .filter(k -> !k.type().isSection() && !k.path().contains("*"))
                .map(Key::path).toList();
        String hint = Suggestions.closest(path, paths)
                .map(s -> "did you mean `" + s + "`?")
                .orElse("see docs/configuration.md for the known keys");
        return new ShaleException(ErrorCode.CONFIG_UNKNOWN_KEY,
                origin.describe() + ": unknown configuration key `" + path + "`", hint);
    }
}
