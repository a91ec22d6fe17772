package io.shale.dialect.h2;

import io.shale.dialect.BaseDialect;
import io.shale.dialect.CanonicalDump;
import io.shale.dialect.DatabaseIdentity;
import io.shale.dialect.EngineFacts;
import io.shale.dialect.SnapshotSql;
import io.shale.dialect.JdbcIdentity;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * H2: DDL commits the open transaction (like MySQL), so a migration that fails part-way leaves a
 * failed record; the lock is a row lock held by a second session.
 */
public final class H2Dialect extends BaseDialect {
    private static final EngineFacts FACTS = new EngineFacts("h2", "H2", List.of("jdbc:h2:"), List.of("h2"), Set.of(),
            "org.hibernate.dialect.H2Dialect");

    public H2Dialect() {
        super(FACTS, new H2Splitter(), new H2Lock(), new H2Inspector(), new H2Renderer(),
                new H2DataOperations());
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String createHistoryTable(String table) {
        return standardHistoryTable(table, "clob");
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

    /** H2's {@code SCHEMA} URL setting makes the schema the session's default. */
    @Override
    public String schemaUrl(String url, String schema) {
        return url + ";SCHEMA=" + schema;
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
    public SnapshotSql snapshotSql() {
        return new H2SnapshotSql();
    }

    @Override
    public CanonicalDump canonicalDump() {
        return new H2CanonicalDump();
    }
}
