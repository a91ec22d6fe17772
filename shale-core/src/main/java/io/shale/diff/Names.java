package io.shale.diff;

import io.shale.schema.Catalog;
import io.shale.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** How the differ spells qualified names: the same way as {@link io.shale.schema.Table#qualifiedName()}. */
final class Names {
    private Names() {
    }

    /**
     * The objects that {@code objects} lists in each schema of the catalog, in schema and list order,
     * under {@code key}: how the differs match an object of one catalog with its namesake in the other.
     */
    static <T> Map<String, T> index(Catalog catalog, Function<Schema, List<T>> objects, Function<T, String> key) {
        Map<String, T> index = new LinkedHashMap<>();
        for (Schema schema : catalog.schemas()) {
            objects.apply(schema).forEach(o -> index.put(key.apply(o), o));
        }
        return index;
    }

    static String qualify(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }
}
