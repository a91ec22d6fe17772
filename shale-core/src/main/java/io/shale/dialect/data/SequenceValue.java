package io.shale.dialect.data;

/**
 * Where one sequence or identity column stands.
 *
 * @param sequence the dialect's handle for it (a sequence name, or {@code table.column})
 * @param table    the table it numbers, or null for a free-standing sequence
 * @param next     the value it hands out next
 */
public record SequenceValue(String sequence, String table, long next) {
}
