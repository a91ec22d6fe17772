package io.shale.dialect;

import io.shale.schema.Catalog;
import io.shale.schema.change.Change;
import java.util.List;

/** Turns changes into this engine's SQL statements (without terminating semicolons). */
public interface Renderer {

    /**
     * @param changes the differ's ordered changes from {@code from} to {@code to}
     * @param from    the catalog before (SQLite's table rebuilds copy the columns that both sides share)
     * @param to      the catalog after
     * @return the statements, in order; lines starting with {@code --} are comments a file keeps
     */
    List<String> render(List<Change> changes, Catalog from, Catalog to);
}
