package io.shale.data;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.List;
import java.util.Locale;

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

    /**
     * From the raw {@code reference-data:} value of the config: null (not set) means {@code auto}.
     *
     * @throws ShaleException for any other word
     */
    public static ReferenceDataPolicy fromConfig(Object value) {
        if (value == null) {
            return AUTO;
        }
        if (value instanceof List<?> list) {
            return new ReferenceDataPolicy(false, list.stream().map(String::valueOf).toList());
        }
        String word = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        if (word.equals("auto")) {
            return AUTO;
        }
        if (word.equals("none")) {
            return NONE;
        }
        throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "reference-data must be auto, none or a list of tables, not '"
                + value + "'", "write `reference-data: auto`, `reference-data: none` or `reference-data: [countries]`");
    }
}
