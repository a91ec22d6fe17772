package io.shale.schema;

import java.util.List;

/**
 * A foreign key.
 *
 * @param onDelete {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}
 * @param onUpdate same set of values
 */
public record ForeignKey(String name, List<String> columns, String refSchema, String refTable, List<String> refColumns,
                         String onDelete, String onUpdate, boolean deferrable, boolean initiallyDeferred) {
    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
    }
}
