package io.shale.proof;

/**
 * One object whose engine definitions differ between two databases.
 *
 * @param object   the object's key, e.g. {@code constraint public.users.users_pkey}
 * @param expected the engine's definition where it should be (the models, or the migrations' schema); null: absent
 * @param actual   the engine's definition where it is (after the generated SQL); null: absent
 */
public record Difference(String object, String expected, String actual) {

    /** Both definitions, each line indented, for messages and {@code -- WARNING:} lines. */
    public String describe() {
        return object + "\n    expected: " + show(expected) + "\n    actual:   " + show(actual);
    }

    /** On one line, for a {@code -- WARNING:} comment. */
    public String oneLine() {
        return object + ": expected " + flat(expected) + "; actual " + flat(actual);
    }

    private static String show(String definition) {
        return definition == null ? "(absent)" : definition.isEmpty() ? "(present)"
                : definition.replace("\n", "\n              ");
    }

    private static String flat(String definition) {
        return definition == null ? "(absent)" : definition.isEmpty() ? "(present)"
                : "[" + definition.replaceAll("\\s*\n\\s*", " | ") + "]";
    }
}
