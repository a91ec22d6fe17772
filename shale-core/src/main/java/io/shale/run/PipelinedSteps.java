package io.shale.run;

import io.shale.dialect.Pipelining;
import io.shale.migration.Migration;
import io.shale.migration.MigrationKind;
import io.shale.run.RunPlan.Mode;
import io.shale.run.RunPlan.Unit;
import io.shale.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pipelined executor: sends consecutive {@link Mode#TRANSACTION} units of an upgrade plan several
 * per round trip where the dialect allows ({@link io.shale.dialect.Dialect#pipelining()}). Each unit's
 * steps go into one JDBC batch as SQL text ({@code BEGIN}, its statements, its history insert with the
 * time measured by the server, {@code COMMIT}); the server skips everything after the first error, so
 * what committed is a prefix of the chunk. On a failure this class rolls the failed transaction back
 * and reports the prefix; {@link BatchRunner} then runs the next unit the ordinary way, which either
 * gives the exact error (file, line, statement) or applies it.
 *
 * <p>A migration goes through the pipeline only when every statement is
 * {@linkplain Pipelining#batchable batchable}; others run the ordinary way, one statement per round trip.
 * A file's statements are read once, checked as they are added to the chunk's batch.
 */
public final class PipelinedSteps {
    /** At most this many migrations, and about this much SQL, per round trip. */
    public static final int MAX_MIGRATIONS = 64;
    static final int MAX_CHARS = 1 << 20;

    private final MigrationContext ctx;
    private final MigrationListener listener;
    private final StatementRunner runner;
    private final Pipelining pipelining;
    private final HistoryWrites writes;
    private Boolean enabled;

    public PipelinedSteps(MigrationContext ctx, MigrationListener listener, StatementRunner runner) {
        this.ctx = ctx;
        this.listener = listener;
        this.runner = runner;
        this.pipelining = ctx.dialect().pipelining();
        this.writes = new HistoryWrites(ctx.history());
    }

    /** Whether the dialect and this connection's driver pipeline at all; asked once. */
    boolean enabled() {
        if (enabled == null) {
            enabled = pipelining != null && pipelining.supports(ctx.connection());
        }
        return enabled;
    }

    /**
     * A run of units ready to send: the units, and the batch entries that carry out their steps, made
     * in the one pass over each file's statements that also checked them. The entries are what the
     * driver's batch would hold anyway, within {@link #MAX_CHARS}.
     */
    public record Chunk(List<Unit> units, List<String> batch) {
        public Chunk {
            units = List.copyOf(units);
            batch = List.copyOf(batch);
        }
    }

    /**
     * The longest run of pipelinable units from {@code from}, within the chunk limits, with its batch;
     * may be empty. A unit whose statements turn out not to be batchable, or that would pass the size
     * limit, ends the run, and its entries are dropped from the batch.
     */
    public Chunk chunkFrom(List<Unit> units, int from) {
        List<Unit> chunk = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        int chars = 0;
        // A run of one goes the ordinary way: do not read a file for it when the next unit cannot join.
        if (from + 1 >= units.size() || !pipelinable(units.get(from)) || !pipelinable(units.get(from + 1))) {
            return new Chunk(chunk, batch);
        }
        for (int i = from; i < units.size() && chunk.size() < MAX_MIGRATIONS && pipelinable(units.get(i)); i++) {
            Unit u = units.get(i);
            int mark = batch.size();
            int size = add(batch, u);
            if (size < 0 || !chunk.isEmpty() && chars + size > MAX_CHARS) {
                batch.subList(mark, batch.size()).clear();
                break;
            }
            chars += size;
            chunk.add(u);
        }
        return new Chunk(chunk, batch);
    }

    private static boolean pipelinable(Unit u) {
        return u.mode() == Mode.TRANSACTION && u.migration().kind() == MigrationKind.SQL;
    }

    /**
     * Sends the chunk in one batch and returns the steps that committed: all of them, or the prefix
     * before the unit that failed (whose transaction this rolls back).
     */
    public List<BatchRunner.Step> run(Chunk chunk) throws SQLException {
        Connection c = ctx.connection();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            for (String sql : chunk.batch()) {
                st.addBatch(sql);
            }
            st.executeBatch();
        } catch (SQLException e) {
            try (Statement st = c.createStatement()) {
                st.execute("ROLLBACK");
            }
        }
        List<Unit> units = chunk.units();
        int first = units.get(0).migration().version();
        int last = units.get(units.size() - 1).migration().version();
        Map<Integer, Long> done = ctx.history().executionMillis(c, first, last);
        List<BatchRunner.Step> steps = new ArrayList<>();
        for (Unit u : units) {
            Long ms = done.get(u.migration().version());
            if (ms == null) {
                break;
            }
            listener.started(Direction.UP, u.migration());
            listener.finished(Direction.UP, u.migration(), Duration.ofMillis(ms));
            steps.add(new BatchRunner.Step(u.migration(), ms));
        }
        // A failure with every migration committed came after the last COMMIT (the driver's own complaint):
        // nothing is lost, and the caller carries on.
        return steps;
    }

    /**
     * Adds the unit's steps to {@code batch}; returns the size of its statements, or -1 as soon as one
     * of them is not batchable.
     */
    private int add(List<String> batch, Unit u) {
        int[] size = {0};
        boolean ok = u.steps().stream().allMatch(step -> add(batch, step, size));
        return ok ? size[0] : -1;
    }

    /** One step of a {@link Mode#TRANSACTION} unit as batch entries; false for a statement that is not batchable. */
    private boolean add(List<String> batch, PlanStep step, int[] size) {
        boolean[] ok = {true};
        step.accept(new Unsupported() {
            @Override
            public void begin() {
                batch.add("BEGIN");
            }

            @Override
            public void statements(Migration migration) {
                for (SqlStatement statement : runner.statements(migration, Direction.UP)) {
                    if (!pipelining.batchable(statement.sql())) {
                        ok[0] = false;
                        return;
                    }
                    batch.add(statement.sql());
                    size[0] += statement.sql().length();
                }
            }

            @Override
            public void history(PlanStep.HistoryWrite write, Migration migration) {
                batch.add(HistoryWrites.inline(writes.history(write, Direction.UP, migration, values()),
                        PipelinedSteps.this::literal));
            }

            @Override
            public void commit() {
                batch.add("COMMIT");
            }
        });
        return ok[0];
    }

    /** Refuses every step; {@link #add} overrides those a transaction unit holds. */
    private abstract static class Unsupported implements PlanStep.Visitor<RuntimeException> {
        private static IllegalStateException refused(String what) {
            return new IllegalStateException("not part of a pipelined unit: " + what);
        }

        @Override
        public void lock() {
            throw refused("lock");
        }

        @Override
        public void unlock() {
            throw refused("unlock");
        }

        @Override
        public void createHistoryTables() {
            throw refused("history tables");
        }

        @Override
        public void putMeta(PlanStep.PutMeta put) {
            throw refused("meta row");
        }

        @Override
        public void begin() {
            throw refused("begin");
        }

        @Override
        public void commit() {
            throw refused("commit");
        }

        @Override
        public void savepoint(String name) {
            throw refused("savepoint");
        }

        @Override
        public void release(String name) {
            throw refused("release");
        }

        @Override
        public void leaveLockTransaction() {
            throw refused("lock transaction");
        }

        @Override
        public void reenterLockTransaction() {
            throw refused("lock transaction");
        }

        @Override
        public void endLockTransaction() {
            throw refused("lock transaction");
        }

        @Override
        public void lockWaits(java.time.Duration limit) {
            throw refused("lock waits");
        }
    }

    /** The time taken and the time of applying, measured by the server inside the migration's transaction. */
    private HistoryWrites.RunValues values() {
        return new HistoryWrites.RunValues() {
            @Override
            public Object now() {
                return new HistoryWrites.Expression(pipelining.nowExpression());
            }

            @Override
            public Object user() {
                return ctx.identity().user();
            }

            @Override
            public Object executionMs() {
                return new HistoryWrites.Expression(pipelining.elapsedMillisExpression());
            }

            @Override
            public String inProgress(Direction direction, Migration m) {
                throw new IllegalStateException("a pipelined migration is never traced");
            }
        };
    }

    /**
     * A value as literal SQL. A string without backslashes is written the standard way, which means the
     * same under any server setting (and reads as the script does); others as the engine's safe literal.
     */
    private String literal(Object value) {
        if (value instanceof String s) {
            return s.indexOf('\\') < 0 ? HistoryWrites.quote(s) : pipelining.stringLiteral(s);
        }
        return HistoryWrites.literal(value, ctx.dialect());
    }
}
