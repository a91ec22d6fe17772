package io.shale.schema;

import java.util.List;

/**
 * An index that does not back a primary key or unique constraint.
 *
 * @param method     access method ({@code btree}, {@code gin}, {@code hash}); null where the engine has one kind
 * @param keys       the key parts in order
 * @param include    PostgreSQL {@code INCLUDE} columns
 * @param predicate  the {@code WHERE} of a partial index as the database prints it, null otherwise
 * @param definition the whole {@code CREATE INDEX} statement as the database prints it, null where it cannot
 */
public record Index(String name, boolean unique, String method, List<Key> keys, List<String> include,
                    String predicate, String definition) {
    public Index {
        keys = List.copyOf(keys);
        include = List.copyOf(include);
    }

    /**
     * One key part: a column or an expression.
     *
     * @param nullsFirst null for the default
     */
    public record Key(String column, String expression, boolean descending, Boolean nullsFirst) {
    }
}
