package io.shale.dialect.h2;

import static io.shale.dialect.h2.H2RenderNames.ident;

import io.shale.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE ... ALTER COLUMN} for one changed column in H2. */
public final class H2RenderColumns {

    private H2RenderColumns() {
    }

    /**
     * A change of generation, or an identity that comes or goes, restates the column
     * ({@code ALTER COLUMN c <type> <clause>}), which keeps its nullability but loses its default, so the
     * default is set again after. Every other aspect has its own {@code ALTER COLUMN} form.
     */
    static List<String> alter(String schema, String table, Column from, Column to) {
        String alter = H2RenderTables.SQL.alterTable(schema, table) + "ALTER COLUMN " + ident(to.name()) + " ";
        List<String> statements = new ArrayList<>();
        boolean restated = !Objects.equals(from.generated(), to.generated())
                || (from.identity() == null) != (to.identity() == null);
        if (restated) {
            statements.add(alter + H2RenderTables.definition(to));
        } else if (!from.type().display().equals(to.type().display())) {
            statements.add(alter + "SET DATA TYPE " + to.type().display());
        }
        if (from.nullable() != to.nullable() && to.identity() == null) {
            statements.add(alter + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        boolean defaultChanged = !Objects.equals(from.defaultExpression(), to.defaultExpression());
        if (to.identity() == null && to.defaultExpression() != null && (defaultChanged || restated)) {
            statements.add(alter + "SET DEFAULT " + to.defaultExpression());
        } else if (defaultChanged && from.defaultExpression() != null && to.defaultExpression() == null && !restated) {
            statements.add(alter + "DROP DEFAULT");
        }
        if (!restated && from.identity() != null && to.identity() != null) {
            if (from.identity().always() != to.identity().always()) {
                statements.add(alter + "SET GENERATED " + (to.identity().always() ? "ALWAYS" : "BY DEFAULT"));
            }
            if (from.identity().start() != to.identity().start()) {
                statements.add(alter + "SET START WITH " + to.identity().start());
            }
            if (from.identity().increment() != to.identity().increment()) {
                statements.add(alter + "SET INCREMENT BY " + to.identity().increment());
            }
        }
        return statements;
    }
}
