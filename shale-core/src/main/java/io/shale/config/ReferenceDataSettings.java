package io.shale.config;

import java.util.List;

/**
 * {@code reference-data:}: {@code auto} (every row the migrations leave), {@code none}, or the rows
 * of the listed tables only.
 */
public record ReferenceDataSettings(boolean auto, List<String> tables) {
    public static final ReferenceDataSettings AUTO = new ReferenceDataSettings(true, List.of());
    public static final ReferenceDataSettings NONE = new ReferenceDataSettings(false, List.of());

    public ReferenceDataSettings {
        tables = List.copyOf(tables);
    }

    public static ReferenceDataSettings tables(List<String> tables) {
        return new ReferenceDataSettings(false, tables);
    }
}
