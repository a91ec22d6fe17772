package io.shale.dialect;

import io.shale.sql.StatementSplitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts and SQL one database engine supplies; every algorithm lives in the core and asks a
 * dialect only what differs. One implementation per folder ({@code dialect.postgres},
 * {@code dialect.mysql}, {@code dialect.sqlite}, {@code dialect.h2}), registered in
 * {@code META-INF/services/io.shale.dialect.Dialect} and found by {@link Dialects} through
 * {@link java.util.ServiceLoader}: an implementation needs a public no-argument constructor.
 */
public interface Dialect {

    /** Short stable name: {@code postgresql}, {@code mysql}, {@code sqlite}, {@code h2}. */
    String name();

    /** The engine's name as users write it, for messages: {@code PostgreSQL}, {@code MySQL/MariaDB}. */
    default String displayName() {
        return name();
    }

    /**
     * The JDBC URL prefixes this engine serves, lower case, ending in a colon ({@code jdbc:postgresql:}),
     * in the order messages list them. No two loaded engines may share one.
     */
    List<String> urlPrefixes();

    /**
     * Whether a driver's {@link java.sql.DatabaseMetaData#getDatabaseProductName() product name}
     * names this engine; {@code product} is lower case.
     */
    boolean servesProduct(String product);

    /** What this engine does that decides which lint rules apply to it; by default nothing special. */
    default Set<EngineTrait> traits() {
        return Set.of();
    }

    /**
     * The fully qualified class name of the Hibernate ORM dialect that writes DDL for this engine
     * (a name, so the core needs no Hibernate), or null where none fits.
     */
    default String hibernateDialect() {
        return null;
    }

    StatementSplitter splitter();

    /**
     * Whether DDL takes part in transactions, so a failed migration leaves no trace. False for
     * MySQL/MariaDB and H2, where DDL commits implicitly.
     */
    boolean transactionalDdl();

    /**
     * What to do about a generated migration that failed with {@code failure} on a scratch database,
     * where this engine knows a better way than writing it by hand; empty otherwise.
     */
    default Optional<String> generatedFailureHint(SQLException failure) {
        return Optional.empty();
    }

    /**
     * Whether the migration lock is itself the transaction that wraps the whole run (SQLite's
     * exclusive transaction); then each migration runs inside a savepoint instead of a transaction of its own.
     */
    default boolean lockIsTransaction() {
        return false;
    }

    MigrationLock lock();

    /** Reads this engine's catalog. */
    Inspector inspector();

    /** Writes this engine's DDL for schema changes. */
    Renderer renderer();

    /** The engine's own definitions of every object, for the engine-canonical proof. */
    CanonicalDump canonicalDump();

    /** The SQL the data commands (clear, reset, purge, seed, reference data) need from this engine. */
    DataOperations dataOperations();

    /**
     * How several transactional migrations go to the server in one round trip, or null where they
     * run one statement per round trip (the default).
     */
    default Pipelining pipelining() {
        return null;
    }

    /**
     * How a migration's statements are kept from waiting long for table locks, and who they wait for;
     * null where the engine offers neither (the default).
     */
    default StatementWaits statementWaits() {
        return null;
    }

    /** Value literals and sequence restores for scripts that recreate rows (squash baselines). */
    SnapshotSql snapshotSql();

    /** How the differ compares this engine's types and defaults; by default as printed. */
    default DiffHooks diffHooks() {
        return DiffHooks.DEFAULTS;
    }

    /**
     * Prepares the migrator's session before the lock is taken; by default nothing. PostgreSQL asks
     * the server to notice a vanished client during long statements, so a killed migrator's
     * backend ends and its lock goes with it.
     */
    default void prepareSession(Connection connection) throws SQLException {
    }

    /** DDL creating the history table if it is missing. */
    String createHistoryTable(String table);

    /** DDL creating the key/value meta table if it is missing. */
    String createMetaTable(String table);

    /** A literal for a boolean in this engine's SQL, for scripts that a DBA runs by hand. */
    default String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /**
     * A statement as it appears in a script run by the engine's own command-line client: by
     * default followed by {@code ;}.
     */
    default String scriptStatement(String sql) {
        return sql + ";";
    }

    /** An SQL expression for "now" in the history table's {@code applied_at} column, for scripts run by hand. */
    default String currentTimestampExpression() {
        return "CURRENT_TIMESTAMP";
    }

    /** An SQL expression giving the current database user, for scripts a DBA runs by hand. */
    default String currentUserExpression() {
        return "CURRENT_USER";
    }

    /**
     * The URL to hand the JDBC driver for a URL the user wrote: by default the same. An engine whose
     * shipped driver needs an option to accept one of its documented prefixes adds it here.
     */
    default String driverUrl(String url) {
        return url;
    }

    /**
     * Whether {@code table} is known, from the catalog, not to exist: lets history reads skip a query
     * that would fail (and that some drivers log as a warning). False means "unknown: try it".
     */
    default boolean tableCertainlyMissing(Connection connection, String table) throws SQLException {
        return false;
    }

    /** Whether {@code e} says that a table does not exist (used to read history without a catalog query). */
    boolean isMissingTable(SQLException e);

    /**
     * The JDBC URL of a scratch database called {@code name} beside the database at {@code url}
     * (same server, same options), or an in-memory one where {@link #scratchIsInMemory()}.
     */
    String scratchUrl(String url, String name);

    /**
     * The database {@code login} names as clients outside the JVM address it (a libpq or SQLAlchemy
     * URL, the engine's usual variables), for {@code models.command}; empty where the engine has no
     * such clients or the database is not on a server (the default).
     */
    default Optional<ClientAccess> clientAccess(DatabaseLogin login) {
        return Optional.empty();
    }

    /** Whether scratch databases live in memory (SQLite, H2): kept alive by one open connection. */
    default boolean scratchIsInMemory() {
        return false;
    }

    /** Drops a scratch database made on the server, given a statement on another database of it. */
    default void dropScratch(Statement statement, String name) throws SQLException {
        statement.execute("DROP DATABASE IF EXISTS " + name);
    }

    /** Releases an in-memory scratch database through its last open connection. */
    default void dropInMemoryScratch(Statement statement) throws SQLException {
    }

    /**
     * Where the schema is the database itself (MySQL/MariaDB), the name the single schema of an
     * inspected catalog gets, so catalogs of two databases compare equal; null where schemas are
     * real namespaces with stable names.
     */
    default String canonicalSchemaName() {
        return null;
    }

    /**
     * The JDBC URL that connects to the database at {@code url} with {@code schema} as the schema
     * unqualified names resolve in (where new tables go), for schema-per-tenant targets; null where
     * the engine has no such setting.
     */
    default String schemaUrl(String url, String schema) {
        return null;
    }

    /** Names the database a connection points at, for messages and the destructive-command guard. */
    DatabaseIdentity identify(Connection connection) throws SQLException;
}
