package io.shale.config;

import io.shale.config.ConfigKeys.Key;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.List;
import java.util.Optional;

/** The CONFIG_UNKNOWN_KEY error, with the closest known key as a suggestion. */
final class UnknownKeys {

    private UnknownKeys() {
    }

    /**
     * @param section the actual path of the enclosing section ("" at the top level)
     * @param pattern the same path as written in {@link ConfigKeys} ({@code purge.*})
     */
    static ShaleException error(String section, String pattern, ConfigNode.Entry entry) {
        String path = join(section, entry.key());
        List<String> siblings = ConfigKeys.children(pattern).stream()
                .map(Key::name).filter(n -> !n.equals("*")).toList();
        String where = section.isEmpty() ? "at the top level" : "under `" + section + "`";
        String known = siblings.isEmpty() ? "" : " (known keys " + where + ": " + String.join(", ", siblings) + ")";
        return new ShaleException(ErrorCode.CONFIG_UNKNOWN_KEY,
                entry.keyOrigin().describe() + ": unknown configuration key `" + path + "`",
                hint(section, entry.key(), siblings) + known);
    }

    /**
     * A sibling with a similar name; else, for a key written with dots or put in the wrong section,
     * the known key of that name elsewhere ({@code password} at the top: {@code database.password}).
     */
    private static String hint(String section, String name, List<String> siblings) {
        Optional<String> sibling = Suggestions.closest(name, siblings);
        if (sibling.isPresent()) {
            return "did you mean `" + join(section, sibling.get()) + "`?";
        }
        String dotted = join(section, name);
        if (ConfigKeys.find(dotted).isPresent()) {
            int dot = dotted.lastIndexOf('.');
            return "write `" + dotted + "` as nested keys: `" + dotted.substring(0, dot) + ":` and, indented under it, `"
                    + dotted.substring(dot + 1) + ":`";
        }
        List<Key> elsewhere = ConfigKeys.all().stream()
                .filter(k -> !k.path().contains("*") && !k.type().isSection() && !k.parent().equals(section))
                .toList();
        Optional<String> closest = Suggestions.closest(name, elsewhere.stream().map(Key::name).toList());
        return closest.flatMap(n -> elsewhere.stream().filter(k -> k.name().equals(n)).findFirst())
                .map(k -> "did you mean `" + k.path() + "`? It belongs "
                        + (k.parent().isEmpty() ? "at the top level." : "under `" + k.parent() + "`."))
                .orElse("remove it, or see docs/configuration.md");
    }

    private static String join(String section, String name) {
        return section.isEmpty() ? name : section + "." + name;
    }
}
