package io.shale.dialect.h2;

import io.shale.dialect.BaseDialect;
import io.shale.dialect.DatabaseIdentity;
import io.shale.dialect.JdbcIdentity;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2: DDL commits the open transaction (like MySQL), so a migration that fails part-way leaves a
 * failed record; the lock is a row lock held by a second session.
 */
public final class H2Dialect extends BaseDialect {
    public H2Dialect() {
        super("h2", new H2Splitter(), new H2Lock(), new H2Inspector(), new H2Renderer(),
                new H2DataOperations());
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String createHistoryTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "version integer PRIMARY KEY, "
                + "name varchar(255) NOT NULL, "
                + "checksum varchar(64) NOT NULL, "
                + "kind varchar(8) NOT NULL, "
                + "applied_at timestamp with time zone NOT NULL, "
                + "applied_by varchar(255), "
                + "execution_ms bigint NOT NULL, "
                + "success boolean NOT NULL, "
                + "error clob)";
    }

    @Override
    public String createMetaTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (meta_key varchar(100) PRIMARY KEY, meta_value varchar(1000))";
    }

    @Override
    public boolean isMissingTable(SQLException e) {
        return "42S02".equals(e.getSQLState()) || e.getErrorCode() == 42102 || e.getErrorCode() == 42104;
    }

    @Override
    public DatabaseIdentity identify(Connection connection) throws SQLException {
        return JdbcIdentity.of(this, connection, connection.getCatalog());
    }

    @Override
    public String scratchUrl(String url, String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    public boolean scratchIsInMemory() {
        return true;
    }

    @Override
    public void dropInMemoryScratch(java.sql.Statement statement) throws SQLException {
        statement.execute("SHUTDOWN");
    }

    @Override
    public io.shale.dialect.SnapshotSql snapshotSql() {
        return new H2SnapshotSql();
    }
}
