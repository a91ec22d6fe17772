package io.shale.run;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.List;

/**
 * The check every destructive command makes before it acts. It refuses when the configured or
 * the stored environment is protected, or when the two disagree (a laptop's config pointed at a
 * production database), unless the database name is confirmed with {@code --allow-protected};
 * elsewhere it needs {@code --yes} or the database name.
 */
public final class Guard {
    /** The key under which the environment is stored in the meta table. */
    public static final String ENVIRONMENT_KEY = "environment";

    private Guard() {
    }

    /**
     * @param what           the command, for messages ("downgrade")
     * @param database       the database name that must be confirmed
     * @param target         the full description of the target, printed in the refusal
     * @param configured     the configured environment
     * @param stored         the environment stored in the database, or null
     * @param protectedNames the protected environments
     */
    public static void check(String what, String database, String target, String configured, String stored,
                             List<String> protectedNames, Confirmation confirmation) {
        boolean confirmedName = database != null && database.equals(confirmation.confirmDatabase());
        boolean override = confirmation.allowProtected() && confirmedName;
        if (stored != null && !stored.equals(configured) && !override) {
            throw new ShaleException(ErrorCode.ENVIRONMENT_MISMATCH,
                    "Refusing to " + what + " " + target + ": the database says it is '" + stored
                            + "' but the configuration says '" + configured + "'",
                    "check which database this config points at; if this is intended, pass --allow-protected --confirm "
                            + database);
        }
        for (String env : new String[] {configured, stored}) {
            if (env != null && protectedNames.contains(env) && !override) {
                throw new ShaleException(ErrorCode.PROTECTED_ENVIRONMENT,
                        "Refusing to " + what + " " + target + ": environment '" + env + "' is protected",
                        "if you really mean to, pass --allow-protected --confirm " + database);
            }
        }
        if (!confirmation.yes() && !confirmedName) {
            throw new ShaleException(ErrorCode.CONFIRMATION_REQUIRED,
                    "Refusing to " + what + " " + target + " without confirmation",
                    "pass --yes, or --confirm " + database + " (on a terminal Shale asks for the name)");
        }
    }

    /**
     * True when the configured or the stored environment is protected, or the two disagree: a
     * database where Shale leaves nothing of its own behind (no template databases).
     */
    public static boolean isProtected(String configured, String stored, List<String> protectedNames) {
        return (stored != null && !stored.equals(configured))
                || (configured != null && protectedNames.contains(configured))
                || (stored != null && protectedNames.contains(stored));
    }
}
