package io.shale.dialect.mysql;

import io.shale.dialect.BaseDialect;
import io.shale.dialect.ClientAccess;
import io.shale.dialect.DatabaseLogin;
import io.shale.dialect.CanonicalDump;
import io.shale.dialect.DatabaseIdentity;
import io.shale.dialect.DiffHooks;
import io.shale.dialect.EngineFacts;
import io.shale.dialect.JdbcIdentity;
import io.shale.dialect.SnapshotSql;
import io.shale.dialect.StatementWaits;
import io.shale.dialect.JdbcUrls;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * MySQL and MariaDB: DDL commits implicitly, so a migration that fails part-way leaves a
 * {@code success = false} record; the lock is {@code GET_LOCK}, released with the session.
 */
public final class MySqlDialect extends BaseDialect {
    private static final String MYSQL_PREFIX = "jdbc:mysql:";

    /**
     * Hibernate's MariaDB dialect: MariaDB is the engine Shale embeds, and its DDL also runs on MySQL 8
     * for the types JPA uses most.
     */
    private static final EngineFacts FACTS = new EngineFacts("mysql", "MySQL/MariaDB",
            List.of("jdbc:mysql:", "jdbc:mariadb:"), List.of("mysql", "mariadb"), Set.of(),
            "org.hibernate.dialect.MariaDBDialect");

    private static final MySqlStatementWaits WAITS = new MySqlStatementWaits();

    public MySqlDialect() {
        super(FACTS, new MySqlSplitter(), new MySqlLock(), new MySqlInspector(), new MySqlRenderer(),
                new MySqlDataOperations());
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public StatementWaits statementWaits() {
        return WAITS;
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

    /**
     * MariaDB Connector/J, the driver Shale ships, accepts {@code jdbc:mysql:} only with
     * {@code permitMysqlScheme}; it is added when no other driver (MySQL Connector/J) takes the URL.
     */
    @Override
    public String driverUrl(String url) {
        if (url == null || !url.startsWith(MYSQL_PREFIX) || url.contains("permitMysqlScheme")) {
            return url;
        }
        try {
            DriverManager.getDriver(url);
            return url;
        } catch (SQLException noDriver) {
            return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
        }
    }

    /** Asks information_schema first, so a first run sends no query that fails (the driver logs those at WARN). */
    @Override
    public boolean tableCertainlyMissing(Connection connection, String table) throws SQLException {
        String name = table.replace("`", "");
        int dot = name.indexOf('.');
        String sql = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                + (dot < 0 ? "DATABASE()" : "?") + " AND table_name = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            if (dot >= 0) {
                ps.setString(i++, name.substring(0, dot));
            }
            ps.setString(i, dot < 0 ? name : name.substring(dot + 1));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 0;
            }
        }
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

    /** A schema is a database here. */
    @Override
    public String schemaUrl(String url, String schema) {
        return JdbcUrls.replaceDatabase(url, schema);
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
    public Optional<ClientAccess> clientAccess(DatabaseLogin login) {
        return Optional.of(MySqlClientAccess.of(login));
    }

    @Override
    public SnapshotSql snapshotSql() {
        return new MySqlSnapshotSql();
    }

    @Override
    public CanonicalDump canonicalDump() {
        return new MySqlCanonicalDump();
    }
}
