package io.shale.dialect.mysql;

import io.shale.dialect.BaseDialect;
import io.shale.dialect.DatabaseIdentity;
import io.shale.dialect.DiffHooks;
import io.shale.dialect.EngineFacts;
import io.shale.dialect.JdbcIdentity;
import io.shale.dialect.SnapshotSql;
import io.shale.dialect.JdbcUrls;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * MySQL and MariaDB: DDL commits implicitly, so a migration that fails part-way leaves a
 * {@code success = false} record; the lock is {@code GET_LOCK}, released with the session.
 */
public final class MySqlDialect extends BaseDialect {
    /**
     * Hibernate's MariaDB dialect: MariaDB is the engine Shale embeds, and its DDL also runs on MySQL 8
     * for the types JPA uses most.
     */
    private static final EngineFacts FACTS = new EngineFacts("mysql", "MySQL/MariaDB",
            List.of("jdbc:mysql:", "jdbc:mariadb:"), List.of("mysql", "mariadb"), Set.of(),
            "org.hibernate.dialect.MariaDBDialect");

    public MySqlDialect() {
        super(FACTS, new MySqlSplitter(), new MySqlLock(), new MySqlInspector(), new MySqlRenderer(),
                new MySqlDataOperations());
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String createHistoryTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "version int NOT NULL PRIMARY KEY, "
                + "name varchar(255) NOT NULL, "
                + "checksum varchar(64) NOT NULL, "
                + "kind varchar(8) NOT NULL, "
                + "applied_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), "
                + "applied_by varchar(255), "
                + "execution_ms bigint NOT NULL, "
                + "success boolean NOT NULL, "
                + "error text) ENGINE=InnoDB";
    }

    @Override
    public String createMetaTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table
                + " (meta_key varchar(100) NOT NULL PRIMARY KEY, meta_value varchar(1000)) ENGINE=InnoDB";
    }

    /** A body with semicolons inside (procedure, trigger) needs the mysql client's DELIMITER. */
    @Override
    public String scriptStatement(String sql) {
        if (!sql.contains(";")) {
            return sql + ";";
        }
        return "DELIMITER $$\n" + sql + "$$\nDELIMITER ;";
    }

    @Override
    public boolean isMissingTable(SQLException e) {
        return e.getErrorCode() == 1146 || "42S02".equals(e.getSQLState());
    }

    @Override
    public DatabaseIdentity identify(Connection connection) throws SQLException {
        return JdbcIdentity.of(this, connection, connection.getCatalog());
    }

    @Override
    public String scratchUrl(String url, String name) {
        return JdbcUrls.replaceDatabase(url, name);
    }

    /** The managed database; the renderer never qualifies names with it. */
    @Override
    public DiffHooks diffHooks() {
        return MySqlDiffHooks.INSTANCE;
    }

    @Override
    public String canonicalSchemaName() {
        return "db";
    }

    @Override
    public SnapshotSql snapshotSql() {
        return new MySqlSnapshotSql();
    }
}
