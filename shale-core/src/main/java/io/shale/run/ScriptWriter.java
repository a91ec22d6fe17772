package io.shale.run;

import io.shale.dialect.Dialect;
import io.shale.migration.Migration;
import io.shale.migration.MigrationBody;
import io.shale.run.RunPlan.Unit;
import io.shale.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * The script executor: writes a {@link RunPlan} as the SQL a run sends, for teams whose DBA applies
 * scripts by hand (the {@code --dry-run} of upgrade and downgrade). Every step the database executor
 * sends appears here in the same order, transaction control and history and meta writes included:
 * <ul>
 *   <li>a JDBC transaction ({@code setAutoCommit(false)} ... {@code commit()}) is {@code BEGIN} ...
 *       {@code COMMIT} where DDL is transactional, and {@code SET autocommit = OFF} ... {@code COMMIT;
 *       SET autocommit = ON} where DDL commits implicitly (after such a commit the statements that follow
 *       are still in a transaction, as in the run);</li>
 *   <li>values only the run knows are expressions: {@code applied_at} is the engine's current time,
 *       {@code applied_by} its current user, {@code execution_ms} 0; a traced migration's in-progress
 *       message names the script instead of a process;</li>
 *   <li>a lock that is not a transaction (advisory lock, {@code GET_LOCK}, a locked row) is a comment:
 *       whoever applies the script keeps other migrators away.</li>
 * </ul>
 */
public final class ScriptWriter {
    private final MigrationContext ctx;
    private final Dialect dialect;
    private final StatementRunner runner;
    private final HistoryWrites writes;
    private final List<String> lines = new ArrayList<>();

    public ScriptWriter(MigrationContext ctx) {
        this.ctx = ctx;
        this.dialect = ctx.dialect();
        this.runner = new StatementRunner(ctx);
        this.writes = new HistoryWrites(ctx.history());
    }

    public void comment(String text) {
        lines.add("-- " + text);
    }

    public void statement(String sql) {
        lines.add(dialect.scriptStatement(sql));
    }

    /** Writes every step of {@code plan} in order. */
    public void plan(RunPlan plan) {
        Direction direction = plan.direction();
        steps(plan.prologue(), direction);
        steps(plan.open(), direction);
        for (Unit u : plan.units()) {
            Migration m = u.migration();
            lines.add("");
            comment(m.script() + " (" + direction.name().toLowerCase() + ", version " + m.version() + ")");
            steps(u.steps(), direction);
        }
        steps(plan.close(), direction);
        if (!plan.units().isEmpty()) {
            lines.add("");
        }
        steps(plan.epilogue(), direction);
    }

    private void steps(List<PlanStep> steps, Direction direction) {
        for (PlanStep s : steps) {
            step(s, direction);
        }
    }

    private void step(PlanStep step, Direction direction) {
        step.accept(new PlanStep.Visitor<RuntimeException>() {
            @Override
            public void lock() {
                if (dialect.lockIsTransaction()) {
                    statement("BEGIN EXCLUSIVE");
                } else {
                    comment("The run takes the migration lock here and holds it to the end: "
                            + "make sure no other migrator runs meanwhile.");
                }
            }

            @Override
            public void unlock() {
                if (!dialect.lockIsTransaction()) {
                    comment("The run releases the migration lock here.");
                }
            }

            @Override
            public void createHistoryTables() {
                ctx.history().creationDdl().forEach(ScriptWriter.this::statement);
            }

            @Override
            public void putMeta(PlanStep.PutMeta put) {
                writes.meta(put).forEach(c -> statement(HistoryWrites.inline(c, ScriptWriter.this::literal)));
            }

            @Override
            public void begin() {
                statement(dialect.transactionalDdl() ? "BEGIN" : "SET autocommit = OFF");
            }

            @Override
            public void commit() {
                statement("COMMIT");
                if (!dialect.transactionalDdl()) {
                    statement("SET autocommit = ON");
                }
            }

            @Override
            public void savepoint(String name) {
                statement("SAVEPOINT " + name);
            }

            @Override
            public void release(String name) {
                statement("RELEASE " + name);
            }

            @Override
            public void leaveLockTransaction() {
                statement("COMMIT");
            }

            @Override
            public void reenterLockTransaction() {
                statement("BEGIN EXCLUSIVE");
            }

            @Override
            public void endLockTransaction() {
                statement("COMMIT");
            }

            @Override
            public void statements(Migration migration) {
                ScriptWriter.this.statements(migration, direction);
            }

            @Override
            public void history(PlanStep.HistoryWrite write, Migration migration) {
                statement(HistoryWrites.inline(writes.history(write, direction, migration, scriptValues),
                        ScriptWriter.this::literal));
            }

            @Override
            public void lockWaits(java.time.Duration limit) {
                var waits = dialect.statementWaits();
                statement(limit == null ? waits.resetSql() : waits.limitSql(limit));
            }
        });
    }

    private void statements(Migration m, Direction direction) {
        if (m.body() instanceof MigrationBody.Java) {
            comment("Java migration " + m.script() + ": runs Java code, it cannot be shown as SQL");
            return;
        }
        for (SqlStatement s : runner.statements(m, direction)) {
            statement(s.sql());
        }
    }

    private final HistoryWrites.RunValues scriptValues = new HistoryWrites.RunValues() {
        @Override
        public Object now() {
            return new HistoryWrites.Expression(dialect.currentTimestampExpression());
        }

        @Override
        public Object user() {
            return new HistoryWrites.Expression(dialect.currentUserExpression());
        }

        @Override
        public Object executionMs() {
            return 0L;
        }

        @Override
        public String inProgress(Direction direction, Migration m) {
            return (direction == Direction.UP ? "up" : "down") + " started by a script applied by hand and did not "
                    + "finish: check which statements of " + m.script() + " took effect";
        }
    };

    private String literal(Object value) {
        return HistoryWrites.literal(value, dialect);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
