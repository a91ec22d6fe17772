package io.shale.fleet;

import io.shale.run.Confirmation;
import java.util.Set;

/**
 * How a destructive fleet command was authorised. A target in a protected environment is touched
 * only with {@code allowProtected} and its own name among {@code confirmedTargets}: confirming one
 * production tenant never confirms another.
 *
 * @param yes              {@code --yes}: go ahead on targets whose environment is not protected
 * @param confirmedTargets {@code --confirm NAME,...}: the target names confirmed
 * @param allowProtected   {@code --allow-protected}
 */
public record FleetConfirmation(boolean yes, Set<String> confirmedTargets, boolean allowProtected) {
    public FleetConfirmation {
        confirmedTargets = Set.copyOf(confirmedTargets);
    }

    /** The single-database confirmation for {@code target}, whose database is called {@code database}. */
    Confirmation forTarget(Target target, String database) {
        return new Confirmation(yes, confirmedTargets.contains(target.name()) ? database : null, allowProtected);
    }
}
