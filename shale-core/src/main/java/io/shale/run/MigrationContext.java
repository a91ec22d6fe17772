package io.shale.run;

import io.shale.dialect.DatabaseIdentity;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.HistoryTable;
import io.shale.jdbc.Connections;
import io.shale.migration.MigrationSet;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The collaborators every database command shares: one open connection (all work of a run goes
 * through it), the dialect, the history table, the migration files and the settings. Closing it
 * closes the connection.
 */
public final class MigrationContext implements AutoCloseable {
    private final DataSource dataSource;
    private final String where;
    private final Connection connection;
    private final Dialect dialect;
    private final DatabaseIdentity identity;
    private final HistoryTable history;
    private final MigrationSet migrations;
    private final Settings settings;

    private MigrationContext(DataSource dataSource, String where, Connection connection, Dialect dialect,
                             DatabaseIdentity identity, MigrationSet migrations, Settings settings) {
        this.dataSource = dataSource;
        this.where = where;
        this.connection = connection;
        this.dialect = dialect;
        this.identity = identity;
        this.history = new HistoryTable(dialect, settings.historyTable(), settings.metaTable());
        this.migrations = migrations;
        this.settings = settings;
    }

    /**
     * Opens one connection and identifies the engine.
     *
     * @param where how messages name the database (a redacted URL)
     */
    public static MigrationContext open(DataSource dataSource, String where, MigrationSet migrations, Settings settings) {
        Connection connection = Connections.open(dataSource, where);
        try {
            connection.setAutoCommit(true);
            Dialect dialect = Dialects.detect(connection);
            return new MigrationContext(dataSource, where, connection, dialect, dialect.identify(connection),
                    migrations, settings);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not read the metadata of " + where + ": " + e.getMessage(),
                    "check that the URL points at a database of one of the engines Shale supports: "
                            + Dialects.all().stream().map(Dialect::displayName).toList(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The data source the connection came from (reset opens others on the same server through it). */
    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() {
        return connection;
    }

    /** Opens a second connection to the same database (H2's lock needs one). */
    public Connection openExtra() {
        return Connections.open(dataSource, where);
    }

    public Dialect dialect() {
        return dialect;
    }

    public DatabaseIdentity identity() {
        return identity;
    }

    public HistoryTable history() {
        return history;
    }

    public MigrationSet migrations() {
        return migrations;
    }

    public Settings settings() {
        return settings;
    }

    /** The name that locks are keyed by: one migrator per database and history table. */
    String lockName() {
        return identity.database() + "/" + settings.historyTable();
    }

    /** Wraps a driver failure that is not a migration's own failure. */
    public ShaleException databaseError(String doing, SQLException e) {
        return new ShaleException(ErrorCode.DB_ERROR, "Database error while " + doing + " on " + identity.describe()
                + ": " + e.getMessage(), "check the database's log; the history table is unchanged unless stated", e);
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing a broken connection has nothing left to release.
        }
    }
}
