package io.shale.command.alembic;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An Alembic history as Shale takes it: one line of revisions from base to head. */
final class AlembicRevisions {

    /**
     * @param id     the revision id ({@code Revision ID:})
     * @param doc    its message
     * @param source its file, relative to the script location
     */
    record Revision(String id, String doc, String source) {
    }

    private AlembicRevisions() {
    }

    /**
     * Reads the helper's {@code revisions} document.
     *
     * @throws ShaleException IMPORT_BRANCHED_HISTORY when the history has several heads or a merge revision,
     *         naming them; MIGRATIONS_DIR_MISSING when it has no revision at all
     */
    @SuppressWarnings("unchecked")
    static List<Revision> linear(Map<String, Object> document, Path folder) {
        List<String> heads = (List<String>) document.get("heads");
        if (heads.size() > 1) {
            throw new ShaleException(ErrorCode.IMPORT_BRANCHED_HISTORY, "The Alembic history in " + folder + " has "
                    + heads.size() + " heads: " + String.join(", ", heads) + "; Shale keeps one linear history",
                    "make it one line: point the down_revision of one branch's first revision at the other branch's "
                            + "head (not `alembic merge`, which Shale refuses too), or take a baseline from a live "
                            + "database instead (`shale baseline`, docs/coming-from-alembic.md)");
        }
        List<Map<String, Object>> merges = (List<Map<String, Object>>) document.get("merges");
        if (!merges.isEmpty()) {
            Map<String, Object> m = merges.get(0);
            throw new ShaleException(ErrorCode.IMPORT_BRANCHED_HISTORY, "The Alembic history in " + folder
                    + " merges branches: revision " + m.get("revision") + " merges the heads "
                    + String.join(", ", (List<String>) m.get("parents")) + "; Shale keeps one linear history",
                    "rewrite the branches as one line (each revision's down_revision the one before it), or take a "
                            + "baseline from a live database instead (`shale baseline`, docs/coming-from-alembic.md)");
        }
        List<Revision> out = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) document.get("revisions")) {
            out.add(new Revision((String) r.get("revision"), (String) r.get("doc"),
                    ((String) r.get("path")).replace('\\', '/')));
        }
        if (out.isEmpty()) {
            throw new ShaleException(ErrorCode.MIGRATIONS_DIR_MISSING, "No Alembic revision in " + folder,
                    "pass the folder that holds env.py and versions/ (or the versions/ folder itself)");
        }
        return out;
    }
}
