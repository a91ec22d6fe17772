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
     * reports and no password: for a data source given in code, whose credentials Shale never sees.
     * Drivers mask a password in the URL they report ({@code password=***}); that parameter is
     * dropped rather than sent.
     */
    public static ScratchProvider beside(MigrationContext ctx) {
        try {
            DatabaseMetaData md = ctx.connection().getMetaData();
            return ScratchDatabases.beside(ctx.dialect(), withoutMaskedPassword(md.getURL()), md.getUserName(), null);
        } catch (SQLException e) {
            throw ctx.databaseError("reading the connection's URL", e);
        }
    }

    static String withoutMaskedPassword(String url) {
        if (url == null) {
            return null;
        }
        return url.replaceAll("([?&;])password=\\*+(&|$)", "$1").replaceAll("[?&;]$", "");
    }
}
