package io.shale.command.safety;

import java.util.List;

/**
 * The first migration that failed verify, and why.
 *
 * @param phase          which run failed: the first up, the down, the catalog comparison after the down, or up again
 * @param message        what failed, as the migration runner names it (file, line, statement, database error),
 *                       or for {@link Phase#TRACE} a summary of what the down left behind
 * @param databaseError  the database's own error message; null for {@link Phase#TRACE}
 * @param table          the table named by the failing statement, null when none was recognised or it does not exist
 * @param generatedRows  rows the generator had inserted into {@code table} (0 when {@code table} is null)
 * @param totalRows      rows {@code table} held when the statement failed (-1 when unknown)
 * @param sampleRows     up to three rows of {@code table}, {@code column=value} pairs
 * @param remaining      for {@link Phase#TRACE}, the statements that would undo what the down left behind
 * @param hint           what to do next
 */
public record VerifyFailure(int version, String script, Phase phase, String message, String databaseError,
                            String table, int generatedRows, long totalRows, List<String> sampleRows,
                            List<String> remaining, String hint) {
    public enum Phase {
        UP("up"), DOWN("down"), TRACE("down leaves a trace"), UP_AGAIN("up again after down");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public VerifyFailure {
        sampleRows = List.copyOf(sampleRows);
        remaining = List.copyOf(remaining);
    }
}
