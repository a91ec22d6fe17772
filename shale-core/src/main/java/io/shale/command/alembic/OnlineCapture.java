package io.shale.command.alembic;

import io.shale.command.generate.CatalogSources;
import io.shale.data.snapshot.DataSnapshot;
import io.shale.data.snapshot.SnapshotReader;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.dialect.data.SequenceValue;
import io.shale.diff.Differ;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
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
 * For a revision that offline mode cannot render (a data migration that reads rows): builds the database
 * the earlier files give in a scratch database, stamps it at the previous revision, lets Alembic upgrade it
 * online, and writes what changed (schema, then rows) as statements, with the reverse for the down section.
 */
final class OnlineCapture {

    /** @param up schema changes then row changes; @param down row changes then schema changes */
    record Captured(List<String> up, List<String> down, List<String> warnings) {
    }

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final AlembicBridge bridge;
    private final Predicate<String> skipTable;

    OnlineCapture(Dialect dialect, ScratchProvider scratch, AlembicBridge bridge, Predicate<String> skipTable) {
        this.dialect = dialect;
        this.scratch = scratch;
        this.bridge = bridge;
        this.skipTable = skipTable;
    }

    /**
     * @param earlier  the up sections of the files before this revision, in order
     * @param previous the revision before, or {@code base}
     */
    Captured capture(List<String> earlier, String previous, String revision) {
        CatalogSources sources = new CatalogSources(dialect, scratch, skipTable);
        Differ differ = new Differ(dialect.diffHooks());
        try (ScratchDatabase db = scratch.create("alembic")) {
            if (!(db.dataSource() instanceof UrlDataSource url)) {
                throw new ShaleException(ErrorCode.USAGE, "The scratch database " + db.description()
                        + " has no URL to hand to Alembic", "configure `scratch:` with a URL in shale.yaml");
            }
            for (int i = 0; i < earlier.size(); i++) {
                sources.apply(url, db.description(), "imported file " + (i + 1), earlier.get(i));
            }
            Catalog before = sources.inspect(url, db.description());
            DataSnapshot rowsBefore = rows(url, db.description());
            bridge.run(url, "online", previous, revision);
            Catalog after = sources.inspect(url, db.description());
            DataSnapshot rowsAfter = rows(url, db.description());
            Plan forward = differ.diff(before, after, Renames.NONE, skipTable);
            Plan backward = differ.diff(after, before, Renames.NONE, skipTable);
            List<String> up = new ArrayList<>(dialect.renderer().render(forward.changes(), before, after));
            up.addAll(RowChanges.between(rowsBefore, rowsAfter, dialect.dataOperations()));
            up.addAll(movedSequences(rowsBefore, rowsAfter));
            List<String> down = new ArrayList<>(RowChanges.between(rowsAfter, rowsBefore, dialect.dataOperations()));
            down.addAll(dialect.renderer().render(backward.changes(), after, before));
            List<String> warnings = new ArrayList<>(forward.warnings());
            return new Captured(up, down, warnings);
        }
    }

    /** Restores of the sequences whose position the revision moved (rows inserted with generated ids). */
    private List<String> movedSequences(DataSnapshot before, DataSnapshot after) {
        List<String> out = new ArrayList<>();
        for (SequenceValue s : after.sequences()) {
            boolean same = before.sequences().stream()
                    .anyMatch(b -> b.sequence().equals(s.sequence()) && b.next() == s.next());
            if (!same) {
                out.addAll(dialect.snapshotSql().restore(s, dialect.dataOperations()));
            }
        }
        return out;
    }

    private DataSnapshot rows(DataSource ds, String where) {
        try (Connection c = Connections.open(ds, where)) {
            return new SnapshotReader(dialect.dataOperations(), dialect.snapshotSql()).read(c, skipTable);
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not read the rows of " + where + ": " + e.getMessage(),
                    null, e);
        }
    }
}
