package io.shale.run;

import io.shale.dialect.Pipelining;
import io.shale.migration.Migration;
import io.shale.migration.MigrationKind;
import io.shale.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies consecutive transactional SQL migrations several per round trip where the dialect allows
 * ({@link io.shale.dialect.Dialect#pipelining()}): each migration is still a transaction of its own,
 * {@code BEGIN}, its statements, its history insert, {@code COMMIT}, and the server skips everything
 * after the first error, so what committed is a prefix of the chunk. On a failure this class rolls
 * the failed transaction back and reports the prefix; the caller then runs the next migration the
 * ordinary way, which either gives the exact error (file, line, statement) or applies it.
 *
 * <p>A migration goes through the pipeline only when every statement is
 * {@linkplain Pipelining#batchable batchable}; others run the ordinary way, one statement per round trip.
 */
public final class PipelinedSteps {
    /** At most this many migrations, and about this much SQL, per round trip. */
    public static final int MAX_MIGRATIONS = 64;
    static final int MAX_CHARS = 1 << 20;

    private final MigrationContext ctx;
    private final MigrationListener listener;
    private final StatementRunner runner;
    private final Pipelining pipelining;

    public PipelinedSteps(MigrationContext ctx, MigrationListener listener, StatementRunner runner) {
        this.ctx = ctx;
        this.listener = listener;
        this.runner = runner;
        this.pipelining = ctx.dialect().pipelining();
    }

    private Boolean enabled;

    /** Whether the dialect and this connection's driver pipeline at all; asked once. */
    boolean enabled() {
        if (enabled == null) {
            enabled = pipelining != null && pipelining.supports(ctx.connection());
        }
        return enabled;
    }

    /** The longest run of pipelinable migrations from {@code from}, within the chunk limits; may be empty. */
    public List<Chunked> chunkFrom(List<Migration> migrations, int from) {
        List<Chunked> chunk = new ArrayList<>();
        int chars = 0;
        for (int i = from; i < migrations.size() && chunk.size() < MAX_MIGRATIONS; i++) {
            Migration m = migrations.get(i);
            if (m.kind() != MigrationKind.SQL || !m.transactional()) {
                break;
            }
            List<SqlStatement> statements = runner.statements(m, Direction.UP);
            int size = 0;
            boolean ok = true;
            for (SqlStatement s : statements) {
                ok &= pipelining.batchable(s.sql());
                size += s.sql().length();
            }
            if (!ok || !chunk.isEmpty() && chars + size > MAX_CHARS) {
                break;
            }
            chars += size;
            chunk.add(new Chunked(m, statements));
        }
        return chunk;
    }

    /** A migration of a chunk with its statements, split once. */
    public record Chunked(Migration migration, List<SqlStatement> statements) {
    }

    /**
     * Sends the chunk in one batch and returns the steps that committed: all of them, or the prefix
     * before the migration that failed (whose transaction this rolls back).
     */
    public List<BatchRunner.Step> run(List<Chunked> chunk) throws SQLException {
        Connection c = ctx.connection();
        c.setAutoCommit(true);
        String user = ctx.identity().user();
        try (Statement st = c.createStatement()) {
            for (Chunked m : chunk) {
                Migration mig = m.migration();
                st.addBatch("BEGIN");
                for (SqlStatement s : m.statements()) {
                    st.addBatch(s.sql());
                }
                st.addBatch(ctx.history().pipelinedInsert(pipelining, mig.version(), mig.description(), mig.checksum(),
                        mig.kind().name(), user));
                st.addBatch("COMMIT");
            }
            st.executeBatch();
        } catch (SQLException e) {
            try (Statement st = c.createStatement()) {
                st.execute("ROLLBACK");
            }
        }
        int first = chunk.get(0).migration().version();
        int last = chunk.get(chunk.size() - 1).migration().version();
        Map<Integer, Long> done = ctx.history().executionMillis(c, first, last);
        List<BatchRunner.Step> steps = new ArrayList<>();
        for (Chunked m : chunk) {
            Long ms = done.get(m.migration().version());
            if (ms == null) {
                break;
            }
            listener.started(Direction.UP, m.migration());
            listener.finished(Direction.UP, m.migration(), Duration.ofMillis(ms));
            steps.add(new BatchRunner.Step(m.migration(), ms));
        }
        // A failure with every migration committed came after the last COMMIT (the driver's own complaint):
        // nothing is lost, and the caller carries on.
        return steps;
    }
}
