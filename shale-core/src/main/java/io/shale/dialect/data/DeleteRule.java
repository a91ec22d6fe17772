package io.shale.dialect.data;

import java.util.Locale;

/** What a foreign key does to the referencing rows when a referenced row is deleted. */
public enum DeleteRule {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT;

    /** From the spelling of {@code information_schema} ({@code NO ACTION}, {@code SET NULL}...). */
    public static DeleteRule parse(String text) {
        return text == null ? NO_ACTION
                : valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    /** Whether the database itself removes or detaches the referencing rows. */
    public boolean handledByDatabase() {
        return this == CASCADE || this == SET_NULL || this == SET_DEFAULT;
    }
}
