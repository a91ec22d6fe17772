package io.shale.diff;

/**
 * The warning for an unhinted drop and add that look like a rename. The prefix {@code possible rename}
 * is a contract: the generate command turns the warning into a comment in the migration file.
 */
final class RenameWarning {
    static final String PREFIX = "possible rename";

    private RenameWarning() {
    }

    /**
     * @param qualifiedOld the vanished object's qualified name ({@code schema.table} or {@code schema.table.column})
     * @param old          its bare name
     * @param replacement  the bare name of the new object
     */
    static String text(String qualifiedOld, String old, String replacement) {
        return PREFIX + " of " + qualifiedOld + " to " + replacement + ": data in " + old
                + " will be lost; pass --rename " + qualifiedOld + "=" + replacement + " if it is one";
    }
}
