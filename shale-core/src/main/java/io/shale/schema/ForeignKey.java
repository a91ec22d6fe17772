package io.shale.schema;

import java.util.List;

/**
 * A foreign key.
 *
 * @param onDelete {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}
 * @param onUpdate same set of values
 * @param notValid {@code NOT VALID}: existing rows were not checked (PostgreSQL; false elsewhere)
 */
public record ForeignKey(String name, List<String> columns, String refSchema, String refTable, List<String> refColumns,
                         String onDelete, String onUpdate, boolean deferrable, boolean initiallyDeferred,
                         boolean notValid) {
    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
    }

    /** A validated key. */
    public ForeignKey(String name, List<String> columns, String refSchema, String refTable, List<String> refColumns,
                      String onDelete, String onUpdate, boolean deferrable, boolean initiallyDeferred) {
        this(name, columns, refSchema, refTable, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred, false);
    }
}
