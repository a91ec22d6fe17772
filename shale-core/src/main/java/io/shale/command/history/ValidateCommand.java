package io.shale.command.history;

import io.shale.run.MigrationContext;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.MigrationState;
import io.shale.history.Reconciliation;
import io.shale.migration.Migration;
import io.shale.migration.MigrationSet;
import io.shale.migration.SquashedRange;
import io.shale.migration.SumFile;
import io.shale.migration.SumFileCheck;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the files (parsed already by the loader: names, sections, directives, duplicate
 * numbers), the numbering, {@code shale.sum}, and, given a database, the applied migrations'
 * checksums. Read-only. Problems are collected, not thrown, so all of them are shown at once.
 */
public final class ValidateCommand {

    public enum Severity { ERROR, WARNING }

    /** One finding; {@code code} is an {@link ErrorCode} name. */
    public record Problem(Severity severity, String code, String message, String hint) {
    }

    public record Result(int files, boolean databaseChecked, List<Problem> problems) {
        public boolean ok() {
            return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        }
    }

    private final MigrationSet migrations;
    private final MigrationContext ctx;

    /** @param ctx the database to check against, or null to check the files only */
    public ValidateCommand(MigrationSet migrations, MigrationContext ctx) {
        this.migrations = migrations;
        this.ctx = ctx;
    }

    public Result run() {
        List<Problem> problems = new ArrayList<>();
        SumFileCheck sum = SumFile.check(migrations.directory(), migrations);
        if (!sum.ok()) {
            try {
                sum.orThrow();
            } catch (ShaleException e) {
                problems.add(new Problem(Severity.ERROR, e.code().name(), e.getMessage(), e.hint()));
            }
        }
        int previous = 0;
        for (Migration m : migrations.migrations()) {
            int first = SquashedRange.of(m).map(SquashedRange::first).orElse(m.version());
            if (first != previous + 1 && m.version() != previous + 1) {
                problems.add(new Problem(Severity.WARNING, "MIGRATION_GAP", "Numbering jumps from " + previous + " to "
                        + m.version() + " at " + m.script(), "renumber the files so versions follow each other"));
            }
            previous = m.version();
        }
        if (ctx != null) {
            try {
                Reconciliation rec = Reconciliation.of(migrations, ctx.history().read(ctx.connection()));
                try {
                    rec.requireNotBelowBaseline(migrations.directory().toString());
                } catch (ShaleException e) {
                    problems.add(new Problem(Severity.ERROR, e.code().name(), e.getMessage(), e.hint()));
                }
                for (Reconciliation.Entry e : rec.entries()) {
                    if (e.state() != MigrationState.APPLIED && e.state() != MigrationState.PENDING) {
                        problems.add(problemFor(rec, e));
                    }
                }
            } catch (SQLException e) {
                throw ctx.databaseError("reading the history", e);
            }
        }
        return new Result(migrations.migrations().size(), ctx != null, problems);
    }

    /** Reuses the wording of the error that upgrade would raise for the entry. */
    private Problem problemFor(Reconciliation rec, Reconciliation.Entry entry) {
        Reconciliation single = new Reconciliation(List.of(entry), rec.currentVersion(), rec.latestFileVersion());
        try {
            single.requireConsistent(migrations.directory().toString());
            return new Problem(Severity.ERROR, entry.state().name(), entry.script() + ": " + entry.state(), null);
        } catch (ShaleException e) {
            return new Problem(Severity.ERROR, e.code().name(), e.getMessage(), e.hint());
        }
    }
}
