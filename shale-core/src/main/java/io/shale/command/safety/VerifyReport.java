package io.shale.command.safety;

import java.util.ArrayList;
import java.util.List;

/** The text a person reads after {@code shale verify}: one line per migration, then the failure in detail. */
public final class VerifyReport {
    private VerifyReport() {
    }

    public static List<String> lines(VerifyCommand.Result r) {
        List<String> out = new ArrayList<>();
        out.add("Verifying migrations with generated rows in " + r.database());
        for (VerifyCommand.Step s : r.passed()) {
            int rows = s.rowsInserted().values().stream().mapToInt(Integer::intValue).sum();
            out.add("  ok    " + s.script() + "  (" + rows + " generated row(s) in " + s.rowsInserted().size()
                    + " table(s); up" + (s.downVerified() ? ", down, up again)" : " only)"));
        }
        VerifyFailure f = r.failure();
        if (f != null) {
            out.add("  FAIL  " + f.script() + "  (" + f.phase().label() + ")");
            out.add("");
            f.message().lines().forEach(l -> out.add("  " + l));
            if (f.databaseError() != null) {
                out.add("  database error: " + f.databaseError());
            }
            if (f.table() != null) {
                out.add("  " + f.table() + " held " + f.generatedRows() + " generated row(s)"
                        + (f.totalRows() >= 0 ? " (" + f.totalRows() + " row(s) in all)" : "") + " when it failed"
                        + (f.sampleRows().isEmpty() ? "" : "; for example:"));
                f.sampleRows().forEach(row -> out.add("    " + row));
            }
            if (!f.remaining().isEmpty()) {
                out.add("  left behind (statements that would remove it):");
                f.remaining().forEach(s -> out.add("    " + s));
            }
            out.add("  hint: " + f.hint());
        }
        if (!r.notes().isEmpty()) {
            out.add("");
            out.add("Notes:");
            r.notes().forEach(n -> out.add("  " + n));
        }
        if (!r.generatorNotes().isEmpty()) {
            out.add("");
            out.add("Generator notes (rows the generator could not insert; not migration failures):");
            r.generatorNotes().forEach(n -> out.add("  " + n));
        }
        out.add("");
        out.add(r.ok() ? "All " + r.passed().size() + " migration(s) passed."
                : r.passed().size() + " migration(s) passed; " + r.failure().script() + " failed.");
        return out;
    }
}
