package io.shale.run;

import io.shale.migration.Migration;
import io.shale.migration.MigrationBody;
import io.shale.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the exact SQL a run would execute, for teams whose DBA applies scripts by hand: every
 * statement of every migration in order, each wrapped as Shale wraps it, with the history
 * statements Shale would run.
 */
public final class ScriptWriter {
    private final MigrationContext ctx;
    private final StatementRunner runner;
    private final List<String> lines = new ArrayList<>();

    public ScriptWriter(MigrationContext ctx) {
        this.ctx = ctx;
        this.runner = new StatementRunner(ctx);
    }

    public void comment(String text) {
        lines.add("-- " + text);
    }

    public void statement(String sql) {
        lines.add(ctx.dialect().scriptStatement(sql));
    }

    public void migrations(Direction direction, List<Migration> plan, boolean singleTransaction) {
        boolean wrapEach = !singleTransaction;
        if (singleTransaction && !plan.isEmpty()) {
            statement("BEGIN");
        }
        for (Migration m : plan) {
            lines.add("");
            comment(m.script() + " (" + direction.name().toLowerCase() + ", version " + m.version() + ")");
            boolean tx = wrapEach && m.transactional();
            if (tx) {
                statement("BEGIN");
            }
            if (m.body() instanceof MigrationBody.Java) {
                comment("Java migration " + m.script() + ": runs Java code, it cannot be shown as SQL");
            } else {
                for (SqlStatement s : runner.statements(m, direction)) {
                    statement(s.sql());
                }
            }
            statement(direction == Direction.UP
                    ? ctx.history().insertLiteral(m.version(), m.description(), m.checksum(), m.kind().name())
                    : ctx.history().deleteLiteral(m.version()));
            if (tx) {
                statement("COMMIT");
            }
        }
        if (singleTransaction && !plan.isEmpty()) {
            statement("COMMIT");
        }
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
