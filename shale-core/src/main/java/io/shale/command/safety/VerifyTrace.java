package io.shale.command.safety;

import io.shale.dialect.Dialect;
import io.shale.migration.Migration;
import io.shale.schema.Catalog;
import io.shale.schema.change.Change;
import io.shale.schema.change.Plan;
import java.util.ArrayList;
import java.util.List;

/** Describes what a down section left behind: the statements that would take the catalog back to before the up. */
final class VerifyTrace {
    private VerifyTrace() {
    }

    static VerifyFailure failure(Migration m, Plan left, Dialect dialect, Catalog after, Catalog before) {
        List<String> remaining = new ArrayList<>();
        try {
            remaining.addAll(dialect.renderer().render(left.changes(), after, before));
        } catch (RuntimeException e) {
            for (Change c : left.changes()) {
                remaining.add(c.toString());
            }
        }
        String message = m.script() + ": after its down section the schema differs from the one before its up section ("
                + left.changes().size() + " change(s) remain); a down that leaves a trace fails";
        return new VerifyFailure(m.version(), m.script(), VerifyFailure.Phase.TRACE, message, null, null, 0, -1,
                List.of(), remaining, "make the down section undo everything the up section does; "
                + "the statements listed would remove what remains");
    }
}
