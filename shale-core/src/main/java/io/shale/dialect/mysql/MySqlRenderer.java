package io.shale.dialect.mysql;

import io.shale.dialect.Renderer;
import io.shale.schema.Catalog;
import io.shale.schema.change.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL 8 / MariaDB 10.5+ SQL for a plan, in the differ's order except where a foreign key needs its
 * index first ({@link MySqlRenderOrder}). Throws {@link IllegalArgumentException} for changes these
 * engines cannot have (schemas, enum types, sequences, extensions, materialized views).
 */
public final class MySqlRenderer implements Renderer {

    @Override
    public List<String> render(List<Change> changes, Catalog from, Catalog to) {
        MySqlRenderVisitor visitor = new MySqlRenderVisitor(to);
        List<String> statements = new ArrayList<>();
        for (Change change : MySqlRenderOrder.arrange(changes)) {
            statements.addAll(change.accept(visitor));
        }
        return List.copyOf(statements);
    }
}
