package io.shale.bench;

import io.shale.bench.tool.Database;
import io.shale.bench.tool.Tool;
import io.shale.bench.tool.Tools;
import java.nio.file.Path;

/**
 * What a "new process" measurement runs: one tool, one operation, then exit, the way an
 * application start or a CLI call pays for it.
 * Arguments: {@code TOOL migrate|status DIR JDBC_URL USER}.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Quiet.install();
        Tool tool = Tools.named(args[0]);
        Path dir = Path.of(args[2]);
        Database db = new Database(args[3], args[4]);
        switch (args[1]) {
            case "migrate" -> tool.migrate(dir, db);
            case "status" -> tool.status(dir, db);
            default -> throw new IllegalArgumentException("unknown operation " + args[1]);
        }
    }
}
