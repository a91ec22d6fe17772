package io.shale.diff;

/** How the differ spells qualified names: the same way as {@link io.shale.schema.Table#qualifiedName()}. */
final class Names {
    private Names() {
    }

    static String qualify(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }
}
