package io.shale.dialect.h2;

import io.shale.dialect.Renderer;
import io.shale.schema.Catalog;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * H2 2.x SQL for a plan, one change after the other in the differ's order; names are schema-qualified.
 * Throws {@link IllegalArgumentException} for changes H2 cannot have (PostgreSQL enum types, extensions,
 * materialized views).
 */
public final class H2Renderer implements Renderer {

    @Override
    public List<String> render(List<Change> changes, Catalog from, Catalog to) {
        H2RenderVisitor visitor = new H2RenderVisitor();
        List<String> statements = new ArrayList<>();
        changes.forEach(change -> statements.addAll(change.accept(visitor)));
        return List.copyOf(statements);
    }
}
