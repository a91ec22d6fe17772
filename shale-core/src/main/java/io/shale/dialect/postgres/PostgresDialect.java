package io.shale.dialect.postgres;

import io.shale.dialect.BaseDialect;
import io.shale.dialect.DatabaseIdentity;
import io.shale.dialect.JdbcIdentity;
import io.shale.dialect.JdbcUrls;
import io.shale.dialect.Pipelining;
import java.sql.Connection;
import java.sql.SQLException;

/** PostgreSQL: transactional DDL, session-level advisory lock. */
public final class PostgresDialect extends BaseDialect {
    private static final PostgresPipelining PIPELINING = new PostgresPipelining();

    public PostgresDialect() {
        super("postgresql", new PostgresSplitter(), new PostgresLock(), new PostgresInspector(), new PostgresRenderer(),
                new PostgresDataOperations());
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public Pipelining pipelining() {
        return PIPELINING;
    }

    @Override
    public void prepareSession(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("SET client_connection_check_interval = '1s'");
            }
        }
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
                + "error text)";
    }

    @Override
    public String createMetaTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (meta_key varchar(100) PRIMARY KEY, meta_value varchar(1000))";
    }

    @Override
    public boolean isMissingTable(SQLException e) {
        return "42P01".equals(e.getSQLState());
    }

    @Override
    public DatabaseIdentity identify(Connection connection) throws SQLException {
        return JdbcIdentity.of(this, connection, connection.getCatalog());
    }

    /** Same host, port and options, another database: {@code jdbc:postgresql://h:p/db?x} becomes {@code .../name?x}. */
    @Override
    public String scratchUrl(String url, String name) {
        return JdbcUrls.replaceDatabase(url, name);
    }

    @Override
    public void dropScratch(java.sql.Statement statement, String name) throws SQLException {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Override
    public io.shale.dialect.SnapshotSql snapshotSql() {
        return new PostgresSnapshotSql();
    }
}
