package io.shale.proof;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.List;

/** The failure a command raises when the engine-canonical comparison still finds differences. */
public final class Unproven {
    /** How many differing objects a message shows in full. */
    private static final int SHOWN = 20;

    private Unproven() {
    }

    /**
     * @param what     what was proved, e.g. "the generated up section applied to the migrations' schema"
     * @param target   what it should have reached, e.g. "the models"
     * @param override how to proceed anyway (a flag), or null where there is none
     */
    public static ShaleException of(String what, String target, List<Difference> differences, String override) {
        StringBuilder sb = new StringBuilder();
        sb.append(what).append(" does not reach ").append(target).append(": ").append(differences.size())
                .append(" object(s) differ by the engine's own definitions (expected: ").append(target)
                .append("; actual: after the SQL)");
        differences.stream().limit(SHOWN).forEach(d -> sb.append("\n  ").append(d.describe()));
        if (differences.size() > SHOWN) {
            sb.append("\n  ... and ").append(differences.size() - SHOWN).append(" more");
        }
        return new ShaleException(ErrorCode.GENERATE_UNPROVEN, sb.toString(),
                "Shale does not render what differs yet: write that part of the migration by hand"
                        + (override == null ? "" : ", or pass " + override
                        + " to write the file anyway with the differences as -- WARNING: lines"));
    }

    /** Each difference on one line, for {@code -- WARNING:} comments. */
    public static List<String> warnings(String direction, List<Difference> differences) {
        return differences.stream().map(d -> direction + " does not reach it by the engine's definitions: "
                + d.oneLine()).toList();
    }
}
