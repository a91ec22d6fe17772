package io.shale.dialect.postgres;

import io.shale.dialect.BaseDialect;
import io.shale.dialect.ClientAccess;
import io.shale.dialect.DatabaseLogin;
import io.shale.dialect.CanonicalDump;
import io.shale.dialect.DatabaseIdentity;
import io.shale.dialect.EngineFacts;
import io.shale.dialect.EngineTrait;
import io.shale.dialect.JdbcIdentity;
import io.shale.dialect.SnapshotSql;
import io.shale.dialect.StatementWaits;
import io.shale.dialect.JdbcUrls;
import io.shale.dialect.Pipelining;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** PostgreSQL: transactional DDL, session-level advisory lock. */
public final class PostgresDialect extends BaseDialect {
    /** Hibernate's dialect is built at its default (oldest supported) version: its DDL runs on every later one. */
    private static final EngineFacts FACTS = new EngineFacts("postgresql", "PostgreSQL", List.of("jdbc:postgresql:"),
            List.of("postgres"),
            Set.of(EngineTrait.CONCURRENT_INDEX_DDL, EngineTrait.DEFERRED_CONSTRAINT_VALIDATION,
                    EngineTrait.EXCLUSIVE_TABLE_REWRITES, EngineTrait.ALTERABLE_ENUM_TYPES,
                    EngineTrait.TRUNCATES_LONG_IDENTIFIERS),
            "org.hibernate.dialect.PostgreSQLDialect");

    private static final PostgresPipelining PIPELINING = new PostgresPipelining();
    private static final PostgresStatementWaits WAITS = new PostgresStatementWaits();

    public PostgresDialect() {
        super(FACTS, new PostgresSplitter(), new PostgresLock(), new PostgresInspector(), new PostgresRenderer(),
                new PostgresDataOperations());
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /** 55P04: a statement used an enum value that the same transaction added ({@code ALTER TYPE ... ADD VALUE}). */
    @Override
    public Optional<String> generatedFailureHint(SQLException failure) {
        return "55P04".equals(failure.getSQLState())
                ? Optional.of("PostgreSQL cannot use an enum value in the transaction that added it, and each migration"
                        + " runs in one: generate the new enum value alone first (a migration of its own), then what uses it")
                : Optional.empty();
    }

    @Override
    public Pipelining pipelining() {
        return PIPELINING;
    }

    @Override
    public StatementWaits statementWaits() {
        return WAITS;
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
        return standardHistoryTable(table, "text");
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

    /** pgjdbc's {@code currentSchema} sets the session's search path to the schema alone. */
    @Override
    public String schemaUrl(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void dropScratch(java.sql.Statement statement, String name) throws SQLException {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Override
    public Optional<ClientAccess> clientAccess(DatabaseLogin login) {
        return Optional.of(PostgresClientAccess.of(login));
    }

    @Override
    public SnapshotSql snapshotSql() {
        return new PostgresSnapshotSql();
    }

    @Override
    public CanonicalDump canonicalDump() {
        return new PostgresCanonicalDump();
    }
}
