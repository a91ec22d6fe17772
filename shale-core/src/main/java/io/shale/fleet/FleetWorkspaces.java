package io.shale.fleet;

import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
import io.shale.workspace.Workspace;
import io.shale.workspace.WorkspaceBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Makes each target's workspace from the project's: the same settings and the migrations read
 * once, with the target's database, credentials and environment. A target with a schema connects
 * with that schema as the default (where unqualified names go) and keeps its history and meta
 * tables in it, so each schema has its own history and its own lock.
 */
final class FleetWorkspaces {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    private FleetWorkspaces() {
    }

    static Workspace of(Workspace project, Target target) {
        String url = target.schema() == null ? target.url() : schemaUrl(target);
        return builder(project, target).database(url, target.user(),
                target.password() == null ? null : target.password().reveal()).build();
    }

    /** The target's workspace with {@code dataSource} (a connection to the target) as its database. */
    static Workspace withDataSource(Workspace project, Target target, DataSource dataSource, String describedAs) {
        return builder(project, target).dataSource(dataSource, describedAs).build();
    }

    private static WorkspaceBuilder builder(Workspace project, Target target) {
        WorkspaceBuilder builder = Workspace.builder().config(project.config()).migrationSet(project.migrations())
                .shareServersOf(project)
                .environment(target.environment() != null ? target.environment() : project.config().environment());
        if (target.schema() != null) {
            builder.historyTable(inSchema(target.schema(), project.config().historyTable()))
                    .metaTable(inSchema(target.schema(), project.config().metaTable()));
        }
        return builder;
    }

    private static String schemaUrl(Target target) {
        requirePlainName(target);
        String url = Dialects.forUrl(target.url()).schemaUrl(target.url(), target.schema());
        if (url == null) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Target " + target.describe() + " names a "
                    + "schema, but its engine has no schemas", "use one database per target for this engine");
        }
        return url;
    }

    /** Creates the target's schema if it has one and it does not exist yet (before its first upgrade). */
    static void ensureSchema(Target target) {
        if (target.schema() == null) {
            return;
        }
        requirePlainName(target);
        Dialect dialect = Dialects.forUrl(target.url());
        UrlDataSource source = new UrlDataSource(target.url(), target.user(),
                target.password() == null ? null : target.password().reveal());
        try (Connection connection = Connections.open(source, target.describe());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + target.schema());
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not create schema " + target.schema() + " for target "
                    + target.describe() + " (" + dialect.displayName() + "): " + e.getMessage(),
                    "create the schema yourself, or grant the user CREATE on the database", e);
        }
    }

    private static String inSchema(String schema, String table) {
        return table.contains(".") ? table : schema + "." + table;
    }

    private static void requirePlainName(Target target) {
        if (!PLAIN_NAME.matcher(target.schema()).matches()) {
            throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Target " + target.name() + ": schema '"
                    + target.schema() + "' is not a plain SQL name", "use schema names of letters, digits and "
                    + "underscores for schema-per-tenant targets");
        }
    }
}
