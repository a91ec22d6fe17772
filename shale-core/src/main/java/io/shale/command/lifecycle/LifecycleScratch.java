package io.shale.command.lifecycle;

import io.shale.run.MigrationContext;

import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** The default scratch databases of the data commands: beside the managed one, on its server. */
public final class LifecycleScratch {
    private LifecycleScratch() {
    }

    /**
     * Scratch databases beside the context's database, reached with the URL and user its connection
     * reports and {@code password} (null where the server needs none).
     */
    public static ScratchProvider beside(MigrationContext ctx, String password) {
        try {
            DatabaseMetaData md = ctx.connection().getMetaData();
            return ScratchDatabases.beside(ctx.dialect(), md.getURL(), md.getUserName(), password);
        } catch (SQLException e) {
            throw ctx.databaseError("reading the connection's URL", e);
        }
    }
}
