package io.shale.dialect.render;

import io.shale.schema.Catalog;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * One named renderer case: changes with the catalogs around them. A case with checks is also executed
 * on the real engine: the setup DDL builds the "from" schema, the rendered statements run after it, and
 * each check's query must give its expected rows.
 */
record RenderCase(String name, List<Change> changes, Catalog from, Catalog to, List<String> setup, List<Check> checks) {

    /**
     * @param expected the rows, one line each, columns joined by {@code " | "}; null for a statement that
     *                 returns no rows (an insert that the next check reads back)
     */
    record Check(String query, String expected) {
    }

    static RenderCase of(String name, Change... changes) {
        return new RenderCase(name, List.of(changes), Catalog.empty(), Catalog.empty(), List.of(), List.of());
    }

    RenderCase from(Catalog catalog) {
        return new RenderCase(name, changes, catalog, to, setup, checks);
    }

    RenderCase to(Catalog catalog) {
        return new RenderCase(name, changes, from, catalog, setup, checks);
    }

    RenderCase given(String... statements) {
        return new RenderCase(name, changes, from, to, List.of(statements), checks);
    }

    RenderCase expect(String query, String expected) {
        List<Check> more = new ArrayList<>(checks);
        more.add(new Check(query, expected));
        return new RenderCase(name, changes, from, to, setup, more);
    }

    boolean executable() {
        return !checks.isEmpty();
    }

    @Override
    public String toString() {
        return name;
    }
}
