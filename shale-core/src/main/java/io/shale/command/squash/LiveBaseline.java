package io.shale.command.squash;

import io.shale.command.generate.CatalogSources;
import io.shale.data.snapshot.DataSnapshot;
import io.shale.data.snapshot.InsertScript;
import io.shale.data.snapshot.SnapshotReader;
import io.shale.dialect.DataOperations;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.dialect.data.SequenceValue;
import io.shale.diff.Differ;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.schema.Catalog;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Builds a baseline from a live database and proves it: the live catalog rendered from the empty catalog of a
 * scratch database, the rows of the reference tables, and the positions of their sequences; that script applied
 * to the scratch database must give the live catalog and the same reference rows.
 */
final class LiveBaseline {

    /** @param statements the up section's statements, without terminators; @param referenceTables those copied */
    record Built(List<String> statements, List<String> warnings, int tables, List<String> referenceTables, int rows) {
    }

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final Predicate<String> skipTable;

    LiveBaseline(Dialect dialect, ScratchProvider scratch, Predicate<String> skipTable) {
        this.dialect = dialect;
        this.scratch = scratch;
        this.skipTable = skipTable;
    }

    /** @param reference the tables whose rows the baseline carries */
    Built build(DataSource live, String where, Predicate<String> reference) {
        CatalogSources sources = new CatalogSources(dialect, scratch, skipTable);
        DataOperations ops = dialect.dataOperations();
        Predicate<String> notCopied = skipTable.or(reference.negate());
        Differ differ = new Differ(dialect.diffHooks());
        Catalog wanted = sources.inspect(live, where);
        DataSnapshot rows = snapshot(live, where, notCopied);
        try (ScratchDatabase baseline = scratch.create("baseline")) {
            Catalog empty = sources.inspect(baseline.dataSource(), baseline.description());
            Plan plan = differ.diff(empty, wanted, Renames.NONE, skipTable);
            List<String> statements = new ArrayList<>(dialect.renderer().render(plan.changes(), empty, wanted));
            statements.addAll(new InsertScript(ops).statements(rows));
            SquashBaseline script = new SquashBaseline(dialect, scratch, skipTable);
            sources.apply(baseline.dataSource(), baseline.description(), "the baseline", script.script(statements));
            List<String> restore = restores(rows, snapshot(baseline.dataSource(), baseline.description(), notCopied));
            sources.apply(baseline.dataSource(), baseline.description(), "the baseline's sequence positions",
                    script.script(restore));
            statements.addAll(restore);
            List<String> differences = new ArrayList<>();
            Catalog built = sources.inspect(baseline.dataSource(), baseline.description());
            differ.diff(built, wanted, Renames.NONE, skipTable).changes().forEach(c -> differences.add("schema: " + c));
            differences.addAll(rows.differences(snapshot(baseline.dataSource(), baseline.description(), notCopied)));
            if (!differences.isEmpty()) {
                throw new ShaleException(ErrorCode.VALIDATION_FAILED, "The baseline of " + where
                        + " does not rebuild it; nothing was written. Differences:\n  "
                        + String.join("\n  ", differences.subList(0, Math.min(20, differences.size()))),
                        "exclude the objects concerned (`exclude:`), or report the difference as a bug");
            }
            List<String> copied = rows.tables().stream().map(t -> t.table()).toList();
            return new Built(statements, plan.warnings(), wanted.tables().size(), copied, rows.rowCount());
        }
    }

    private List<String> restores(DataSnapshot wanted, DataSnapshot built) {
        List<String> out = new ArrayList<>();
        for (SequenceValue s : wanted.sequences()) {
            boolean same = built.sequences().stream()
                    .anyMatch(b -> b.sequence().equals(s.sequence()) && b.next() == s.next());
            if (!same) {
                out.addAll(dialect.snapshotSql().restore(s, dialect.dataOperations()));
            }
        }
        return out;
    }

    private DataSnapshot snapshot(DataSource ds, String where, Predicate<String> skip) {
        try (Connection c = Connections.open(ds, where)) {
            return new SnapshotReader(dialect.dataOperations(), dialect.snapshotSql()).read(c, skip);
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not read the rows of " + where + ": " + e.getMessage(),
                    null, e);
        }
    }
}
