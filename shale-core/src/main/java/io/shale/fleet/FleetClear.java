package io.shale.fleet;

import io.shale.Shale;
import io.shale.command.lifecycle.ClearCommand;
import io.shale.config.DatabaseSettings;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import io.shale.run.Confirmation;
import io.shale.workspace.Workspace;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Clear of one target of a fleet. On one PostgreSQL database, {@link ClearCommand} reads the rows the
 * migrations insert from reset's template database, built and kept beside it; over a fleet that would
 * leave one more database per target, and a schema target shares its database (and so the template's
 * name) with every other tenant, whose history lives in another schema. A fleet's target is therefore
 * cleared through a data source that is not a JDBC URL, so the rows come from a replay of the
 * migrations in a scratch database, dropped when done; for a schema target that scratch database gets
 * the target's schema first, where the replay's history tables go.
 */
final class FleetClear {
    private FleetClear() {
    }

    static ClearCommand.Result run(Workspace project, Target target, Confirmation confirmation) {
        try (Workspace workspace = FleetWorkspaces.of(project, target)) {
            UrlDataSource url = (UrlDataSource) workspace.dataSource();
            try (Workspace plain = FleetWorkspaces.withDataSource(project, target, new NotAUrl(url),
                    workspace.databaseDescription())) {
                Shale shale = Shale.of(plain);
                ScratchProvider scratch = scratch(project, url);
                return shale.clear(new ClearCommand.Options(plain.exclude(), plain.referenceData(), confirmation),
                        target.schema() == null ? scratch : withSchema(scratch, target.schema()));
            }
        }
    }

    /** Where the migrations are replayed: the {@code scratch:} server if configured, else the target's own. */
    private static ScratchProvider scratch(Workspace project, UrlDataSource target) {
        Optional<DatabaseSettings> configured = project.scratchServer();
        if (configured.isPresent()) {
            DatabaseSettings s = configured.get();
            return ScratchDatabases.beside(Dialects.forUrl(s.url()), s.url(), s.user(),
                    s.password() == null ? null : s.password().reveal());
        }
        Dialect dialect = Dialects.forUrl(target.url());
        return ScratchDatabases.beside(dialect, target.url(), target.user(), target.password());
    }

    /** Scratch databases that have {@code schema}, where the replay's history tables are created. */
    private static ScratchProvider withSchema(ScratchProvider provider, String schema) {
        return purpose -> {
            ScratchDatabase db = provider.create(purpose);
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            } catch (SQLException e) {
                db.close();
                throw new ShaleException(ErrorCode.DB_ERROR, "Could not create schema " + schema + " in the scratch "
                        + "database " + db.description() + ": " + e.getMessage(),
                        "give the user CREATE on the scratch server, or configure `scratch:` in shale.yaml", e);
            }
            return db;
        };
    }

    /** The target's data source, hidden behind the plain interface (see the class comment). */
    private record NotAUrl(DataSource delegate) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return delegate.getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper for " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
