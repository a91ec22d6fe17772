package io.shale.dialect.sqlite;

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
 * SQLite: transactional DDL; the lock is an exclusive transaction around the whole run, so each
 * migration runs in a savepoint of it.
 */
public final class SqliteDialect extends BaseDialect {
    /** Hibernate's dialect comes from hibernate-community-dialects. */
    private static final EngineFacts FACTS = new EngineFacts("sqlite", "SQLite", List.of("jdbc:sqlite:"),
            List.of("sqlite"), Set.of(), "org.hibernate.community.dialect.SQLiteDialect");

    public SqliteDialect() {
        super(FACTS, new SqliteSplitter(), new SqliteLock(), new SqliteInspector(), new SqliteRenderer(),
                new SqliteDataOperations());
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public boolean lockIsTransaction() {
        return true;
    }

    @Override
    public String createHistoryTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "version INTEGER PRIMARY KEY, "
                + "name TEXT NOT NULL, "
                + "checksum TEXT NOT NULL, "
                + "kind TEXT NOT NULL, "
                + "applied_at INTEGER NOT NULL, "
                + "applied_by TEXT, "
                + "execution_ms INTEGER NOT NULL, "
                + "success INTEGER NOT NULL, "
                + "error TEXT)";
    }

    @Override
    public String createMetaTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (meta_key TEXT PRIMARY KEY, meta_value TEXT)";
    }

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /** {@code applied_at} holds epoch milliseconds, which is how the driver stores and reads timestamps. */
    @Override
    public String currentTimestampExpression() {
        return "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
    }

    @Override
    public String currentUserExpression() {
        return "NULL";
    }

    @Override
    public boolean isMissingTable(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("no such table");
    }

    @Override
    public DatabaseIdentity identify(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        String file = url.startsWith("jdbc:sqlite:") ? url.substring("jdbc:sqlite:".length()) : url;
        int query = file.indexOf('?');
        return JdbcIdentity.of(this, connection, query < 0 ? file : file.substring(0, query));
    }

    /** A shared-cache in-memory database, alive while one connection to it is open. */
    @Override
    public String scratchUrl(String url, String name) {
        return "jdbc:sqlite:file:" + name + "?mode=memory&cache=shared";
    }

    @Override
    public boolean scratchIsInMemory() {
        return true;
    }

    @Override
    public SnapshotSql snapshotSql() {
        return new SqliteSnapshotSql();
    }

    @Override
    public CanonicalDump canonicalDump() {
        return new SqliteCanonicalDump();
    }
}
