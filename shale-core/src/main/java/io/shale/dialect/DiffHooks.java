package io.shale.dialect;

import io.shale.schema.ColumnType;
import java.util.Objects;

/**
 * The few questions the dialect-free differ ({@code io.shale.diff.Differ}) asks a database: when two
 * printed types, defaults or expressions mean the same thing. Each dialect overrides only what its
 * inspector prints in more than one way; the defaults suit an engine that prints canonically.
 */
public interface DiffHooks {

    /** Hooks that take every printed form literally (type display compared case-insensitively). */
    DiffHooks DEFAULTS = new DiffHooks() {
    };

    /** Whether a column of type {@code a} needs no {@code ALTER} to become type {@code b}. */
    default boolean sameType(ColumnType a, ColumnType b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.display().equalsIgnoreCase(b.display());
    }

    /** Whether two default expressions (null when none) are the same default. */
    default boolean sameDefault(String a, String b) {
        return sameExpression(a, b);
    }

    /**
     * Whether two expressions as the database printed them (null when none) are the same: check
     * constraints, generated columns, partial-index predicates. By default equal after trimming.
     */
    default boolean sameExpression(String a, String b) {
        return Objects.equals(a == null ? null : a.trim(), b == null ? null : b.trim());
    }

    /**
     * Whether two indexes whose parts are equal are also equal in what only their printed
     * definitions carry (null when not read), such as MySQL prefix lengths. By default yes.
     */
    default boolean sameIndexDetail(String definitionA, String definitionB) {
        return true;
    }

    /**
     * Whether a dropped column of type {@code a} and an added column of type {@code b} could be one
     * column renamed, so the differ warns of a possible rename. By default the same base type.
     */
    default boolean renameCompatible(ColumnType a, ColumnType b) {
        return sameType(a, b) || a.name().equalsIgnoreCase(b.name());
    }
}
