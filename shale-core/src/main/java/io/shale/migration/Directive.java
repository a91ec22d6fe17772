package io.shale.migration;

import java.util.List;

/**
 * A {@code -- shale:NAME [args]} comment line in a migration file.
 *
 * @param name the directive name, one of {@link #KNOWN}
 * @param args the text after the name, trimmed; empty when there is none
 * @param line the 1-based line in the file
 */
public record Directive(String name, String args, int line) {
    /** Run the migration outside a transaction (for example {@code CREATE INDEX CONCURRENTLY}). Takes no arguments. */
    public static final String NO_TRANSACTION = "no-transaction";
    /** Silences lint rules for the file; the arguments name the rules. */
    public static final String LINT_IGNORE = "lint-ignore";
    /** Records the file's previous name; the argument is that name. */
    public static final String RENAMED_FROM = "renamed-from";

    /**
     * Marks a baseline written by {@code shale squash}; the argument {@code FIRST-LAST} names the versions it
     * replaces (LAST is the baseline's own version).
     */
    public static final String SQUASHED = "squashed";

    /**
     * Marks a file a person should read before relying on it; the argument says why (an import that captured a
     * migration's effect on a scratch database instead of converting its statements).
     */
    public static final String REVIEW = "review";

    /** Every directive the parser accepts. */
    public static final List<String> KNOWN = List.of(NO_TRANSACTION, LINT_IGNORE, RENAMED_FROM, SQUASHED, REVIEW);

    static boolean takesArguments(String name) {
        return !NO_TRANSACTION.equals(name);
    }

    /** The known directive closest to {@code name} by edit distance, ignoring case. */
    static String closest(String name) {
        String best = KNOWN.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String known : KNOWN) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
