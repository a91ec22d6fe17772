package io.shale.dialect.mysql;

import io.shale.dialect.Blocker;
import io.shale.dialect.StatementWaits;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL and MariaDB: {@code lock_wait_timeout} (metadata locks, which DDL waits for) and
 * {@code innodb_lock_wait_timeout} (row locks) for the session, in whole seconds (at least one);
 * error 1205 ({@code ER_LOCK_WAIT_TIMEOUT}) when either strikes. DDL is not transactional and a
 * timed-out statement takes no effect, so that statement alone is retried. While a session waits
 * for a metadata lock, the holders are the other sessions with an open transaction: a transaction
 * keeps the metadata locks of every table it touched until it ends.
 */
final class MySqlStatementWaits implements StatementWaits {
    /** {@code ER_LOCK_WAIT_TIMEOUT}. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private static final String WAITING_STATE = """
            SELECT STATE FROM information_schema.PROCESSLIST WHERE ID = ?""";

    private static final String OPEN_TRANSACTIONS = """
            SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.STATE, t.trx_started, p.INFO
            FROM information_schema.INNODB_TRX t
            JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
            WHERE p.ID <> ?
            ORDER BY t.trx_started, p.ID""";

    @Override
    public String limitSql(Duration wait) {
        if (wait.isZero()) {
            return resetSql();
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return "SET SESSION lock_wait_timeout = " + seconds + ", innodb_lock_wait_timeout = " + seconds;
    }

    @Override
    public String resetSql() {
        return "SET SESSION lock_wait_timeout = DEFAULT, innodb_lock_wait_timeout = DEFAULT";
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        for (Throwable x = e; x != null; x = x.getCause()) {
            if (x instanceof SQLException sql && sql.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean retriesStatement() {
        return true;
    }

    @Override
    public long sessionId(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public List<Blocker> blockers(Connection observer, long waiting) throws SQLException {
        String state;
        try (PreparedStatement ps = observer.prepareStatement(WAITING_STATE)) {
            ps.setLong(1, waiting);
            try (ResultSet rs = ps.executeQuery()) {
                state = rs.next() ? rs.getString(1) : null;
            }
        }
        if (state == null || !state.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
            return List.of();
        }
        List<Blocker> out = new ArrayList<>();
        try (PreparedStatement ps = observer.prepareStatement(OPEN_TRANSACTIONS)) {
            ps.setLong(1, waiting);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String stateNow = rs.getString("STATE");
                    String command = rs.getString("COMMAND");
                    Timestamp since = rs.getTimestamp("trx_started");
                    out.add(new Blocker(rs.getLong("ID"), rs.getString("USER") + "@" + rs.getString("HOST"),
                            stateNow == null || stateNow.isEmpty() ? command : command + ": " + stateNow,
                            since == null ? null : since.toInstant(), rs.getString("INFO")));
                }
            }
        }
        return out;
    }

    @Override
    public String terminateSql(Blocker blocker) {
        return "KILL " + blocker.pid();
    }
}
