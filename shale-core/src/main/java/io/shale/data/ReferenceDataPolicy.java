package io.shale.data;

import java.util.List;

/**
 * Which rows {@code clear} restores after emptying the tables: {@code auto} (every row the
 * migrations leave in any table), {@code none}, or the rows of the listed tables only.
 */
public record ReferenceDataPolicy(boolean auto, List<String> tables) {
    public static final ReferenceDataPolicy AUTO = new ReferenceDataPolicy(true, List.of());
    public static final ReferenceDataPolicy NONE = new ReferenceDataPolicy(false, List.of());

    public ReferenceDataPolicy {
        tables = List.copyOf(tables);
    }

    public boolean none() {
        return !auto && tables.isEmpty();
    }

    public boolean covers(String table) {
        return auto || tables.stream().anyMatch(t -> t.equalsIgnoreCase(table));
    }
}
