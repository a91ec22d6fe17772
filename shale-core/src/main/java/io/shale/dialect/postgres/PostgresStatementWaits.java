package io.shale.dialect.postgres;

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
 * PostgreSQL: {@code lock_timeout} for the session, SQLSTATE {@code 55P03} when it strikes, the
 * blockers from {@code pg_blocking_pids} (which also names the transactions a
 * {@code CREATE INDEX CONCURRENTLY} waits for, through their virtual transaction ids), and the
 * invalid indexes a failed {@code CREATE INDEX CONCURRENTLY} leaves.
 */
final class PostgresStatementWaits implements StatementWaits {
    /** {@code lock_not_available}: lock_timeout (and NOWAIT) failures. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private static final String BLOCKERS = """
            SELECT a.pid, a.application_name, a.state, coalesce(a.xact_start, a.state_change) AS since, a.query
            FROM pg_stat_activity a
            WHERE a.pid = ANY (pg_blocking_pids(?))
            ORDER BY a.xact_start NULLS LAST, a.pid""";

    private static final String INVALID_INDEXES = """
            SELECT format('%I.%I', n.nspname, c.relname)
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            ORDER BY 1""";

    @Override
    public String limitSql(Duration wait) {
        return "SET lock_timeout = " + (wait.isZero() ? "0" : "'" + Math.max(1, wait.toMillis()) + "ms'");
    }

    @Override
    public String resetSql() {
        return "RESET lock_timeout";
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (LOCK_NOT_AVAILABLE.equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean retriesStatement() {
        return false;
    }

    @Override
    public long sessionId(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public List<Blocker> blockers(Connection observer, long waiting) throws SQLException {
        List<Blocker> out = new ArrayList<>();
        try (PreparedStatement ps = observer.prepareStatement(BLOCKERS)) {
            ps.setInt(1, (int) waiting);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp since = rs.getTimestamp("since");
                    out.add(new Blocker(rs.getLong("pid"), rs.getString("application_name"), rs.getString("state"),
                            since == null ? null : since.toInstant(), rs.getString("query")));
                }
            }
        }
        return out;
    }

    @Override
    public String terminateSql(Blocker blocker) {
        return "SELECT pg_terminate_backend(" + blocker.pid() + ")";
    }

    @Override
    public List<String> leftoverFixes(Connection connection) throws SQLException {
        List<String> fixes = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(INVALID_INDEXES)) {
            while (rs.next()) {
                fixes.add("DROP INDEX CONCURRENTLY " + rs.getString(1) + ";");
            }
        }
        return fixes;
    }
}
