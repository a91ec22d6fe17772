package com.example.library;

import io.shale.Shale;
import io.shale.command.history.StatusCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.error.ShaleException;
import io.shale.workspace.Workspace;
import io.shale.workspace.WorkspaceBuilder;
import java.nio.file.Path;

/**
 * What an application does at start: bring its database to the newest version with the migrations
 * it ships on its class path, then go on. With no URL, Shale's embedded PostgreSQL serves (data in
 * {@code .shale/postgres} under the base folder).
 */
public final class Migrator {
    private Migrator() {
    }

    /** Upgrades the database and returns its status afterwards. */
    public static StatusCommand.Result migrate(Path baseDir, String url, String user, String password) {
        WorkspaceBuilder builder = Workspace.builder().baseDir(baseDir).migrations("classpath:db/migrations");
        if (url != null) {
            builder.database(url, user, password);
        }
        try (Workspace workspace = builder.build()) {
            Shale shale = Shale.of(workspace);
            UpgradeCommand.Result upgraded = shale.upgrade();
            System.out.println("Applied " + upgraded.applied().size() + " migration(s) to "
                    + upgraded.database().describe() + "; now at version " + upgraded.toVersion() + ".");
            return shale.status();
        }
    }

    /** {@code java -cp ... com.example.library.Migrator [JDBC_URL [USER [PASSWORD]]]} */
    public static void main(String[] args) {
        try {
            migrate(Path.of("").toAbsolutePath(), args.length > 0 ? args[0] : null, args.length > 1 ? args[1] : null,
                    args.length > 2 ? args[2] : null);
        } catch (ShaleException e) {
            System.err.println("error " + e.code() + ": " + e.getMessage() + "\n  hint: " + e.hint());
            System.exit(1);
        }
    }
}
