package io.shale.dialect.data;

import java.util.List;

/**
 * One foreign key: {@code child(childColumns)} references {@code parent(parentColumns)}.
 *
 * @param nullable whether every referencing column accepts NULL, so the edge can be cut by nulling it
 */
public record ForeignKeyEdge(String name, String child, List<String> childColumns, String parent,
                             List<String> parentColumns, DeleteRule onDelete, boolean nullable) {
    public ForeignKeyEdge {
        childColumns = List.copyOf(childColumns);
        parentColumns = List.copyOf(parentColumns);
    }

    public boolean selfReference() {
        return child.equals(parent);
    }
}
