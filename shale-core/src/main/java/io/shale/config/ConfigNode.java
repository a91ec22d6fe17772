package io.shale.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The configuration before validation: a YAML-shaped tree whose every node knows its {@link Origin}. */
sealed interface ConfigNode permits ConfigNode.Scalar, ConfigNode.Sequence, ConfigNode.Mapping {
    Origin origin();

    /** How a message names this kind of node: "a string", "a list", "a map". */
    String kindName();

    /** A scalar exactly as written; {@code isNull} for an empty value, {@code ~} or {@code null}. */
    record Scalar(String text, boolean isNull, Origin origin) implements ConfigNode {
        @Override
        public String kindName() {
            return isNull ? "empty" : "a single value";
        }
    }

    record Sequence(List<ConfigNode> items, Origin origin) implements ConfigNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** One {@code key: value} pair; {@code keyOrigin} is where the key is written. */
    record Entry(String key, Origin keyOrigin, ConfigNode value) {
    }

    /** Entries in the order written. */
    record Mapping(Map<String, Entry> entries, Origin origin) implements ConfigNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        static Mapping empty(Origin origin) {
            return new Mapping(Map.of(), origin);
        }

        /** A copy with {@code entry} added, or replacing the entry of the same key in place. */
        Mapping with(Entry entry) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            copy.put(entry.key(), entry);
            return new Mapping(copy, origin);
        }

        @Override
        public String kindName() {
            return "a map";
        }
    }
}
