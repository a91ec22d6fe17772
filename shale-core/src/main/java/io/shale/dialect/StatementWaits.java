package io.shale.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * What an engine offers so that a migration's statement never waits long for a table lock while
 * readers queue behind it: a session limit on lock waits, the error that says the limit was reached,
 * and who holds the lock. The core decides when to limit, retry and report ({@code run}); this
 * interface only supplies SQL and facts.
 */
public interface StatementWaits {

    /**
     * The statement that limits, for the rest of the session, how long each statement waits for a lock;
     * {@link Duration#ZERO} lifts the limit (for {@code -- shale:no-transaction} files, whose
     * {@code CREATE INDEX CONCURRENTLY} must be allowed to wait).
     */
    String limitSql(Duration wait);

    /** The statement that returns the session's lock wait to the server's default. */
    String resetSql();

    /** Whether {@code e} says a statement gave up waiting for a lock. */
    boolean isLockTimeout(SQLException e);

    /**
     * Whether a statement that timed out can be sent again on its own (MySQL/MariaDB, where DDL is not
     * transactional and a timed-out statement leaves the rest in place); otherwise the whole
     * migration's transaction is rolled back and retried (PostgreSQL, where the error aborts it).
     */
    boolean retriesStatement();

    /** The server's id of {@code connection}'s session, as {@link #blockers} takes it. */
    long sessionId(Connection connection) throws SQLException;

    /**
     * The sessions that hold what session {@code waiting} is waiting for, read through another
     * connection ({@code observer}); empty when it waits for nothing.
     */
    List<Blocker> blockers(Connection observer, long waiting) throws SQLException;

    /** The statement an operator runs to end {@code blocker}'s session, for hints. */
    String terminateSql(Blocker blocker);

    /**
     * The statements that remove what a failed {@code no-transaction} statement left behind (PostgreSQL:
     * {@code DROP INDEX CONCURRENTLY} for each invalid index); empty by default.
     */
    default List<String> leftoverFixes(Connection connection) throws SQLException {
        return List.of();
    }
}
