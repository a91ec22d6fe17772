package io.shale.command.lifecycle;

import io.shale.run.Confirmation;
import io.shale.run.Guard;
import io.shale.run.LockedSession;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;

import io.shale.dialect.data.DataGraph;
import io.shale.data.SeedSet;
import io.shale.data.TableFilter;
import io.shale.dialect.DataOperations;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.sql.SqlStatement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs a seed set's files (SQL, and {@code .seeder} files naming Java seeders) in name order, in one transaction. Refuses while migrations are pending
 * (seeds are written against the head schema). Seeding a database that already holds rows is
 * destructive (keys may clash, data mixes), so it then checks the {@link Guard}.
 */
public final class SeedCommand {

    /**
     * @param seeds   the seeds folder ({@code seeds:}, default {@code db/seeds})
     * @param exclude tables whose rows do not make the database count as non-empty: the excluded ones
     *                and those holding reference data
     */
    public record Options(Path seeds, String name, List<String> exclude, Confirmation confirmation) {
        public Options {
            exclude = List.copyOf(exclude);
        }
    }

    /** @param statements how many statements (and Java seeders) ran */
    public record Result(String name, List<Path> files, int statements) {
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;

    public SeedCommand(MigrationContext ctx, MigrationListener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    public Result run(Options options) {
        SeedSet set = SeedSet.load(options.seeds(), options.name());
        DataOperations ops = ctx.dialect().dataOperations();
        try (LockedSession session = LockedSession.open(ctx, listener)) {
            if (!session.reconciliation.pending().isEmpty()) {
                throw new ShaleException(ErrorCode.VALIDATION_FAILED, "Refusing to seed " + ctx.identity().describe()
                        + ": " + session.reconciliation.pending().size() + " migration(s) are pending",
                        "run `shale upgrade` first; seeds are written against the newest schema");
            }
            if (holdsRows(ops, options.exclude())) {
                Guard.check("seed", ctx.identity().database(), ctx.identity().describe()
                                + ", which already holds rows, with '" + set.name() + "'", ctx.settings().environment(),
                        session.storedEnvironment(), ctx.settings().protectedEnvironments(), options.confirmation());
            }
            int count = LifecycleTransaction.run(ctx, c -> {
                int n = 0;
                try (Statement st = c.createStatement()) {
                    for (Path file : set.files()) {
                        if (SeedSet.isJava(file)) {
                            runJava(set, file, c);
                            n++;
                            continue;
                        }
                        for (SqlStatement s : ctx.dialect().splitter().split(set.read(file))) {
                            try {
                                st.execute(s.sql());
                            } catch (SQLException e) {
                                throw new ShaleException(ErrorCode.MIGRATION_FAILED, "Seed " + file.getFileName()
                                        + " failed at line " + s.line() + ": " + e.getMessage()
                                        + "; nothing of the seed set was kept", "fix the statement and run it again", e);
                            }
                            n++;
                        }
                    }
                }
                return n;
            });
            return new Result(set.name(), set.files(), count);
        } catch (SQLException e) {
            throw ctx.databaseError("seeding with '" + set.name() + "'", e);
        }
    }

    private static void runJava(SeedSet set, Path file, Connection c) {
        try {
            set.seeder(file, Thread.currentThread().getContextClassLoader()).seed(c);
        } catch (ShaleException e) {
            throw e;
        } catch (Exception e) {
            throw new ShaleException(ErrorCode.MIGRATION_FAILED, "Seed " + file.getFileName() + " threw "
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "; nothing of the seed set was kept",
                    "fix the seeder and run it again", e);
        }
    }

    private boolean holdsRows(DataOperations ops, List<String> exclude) throws SQLException {
        Connection c = ctx.connection();
        DataGraph graph = ops.readGraph(c);
        TableFilter filter = new TableFilter(List.of(ctx.settings().historyTable(), ctx.settings().metaTable()), exclude);
        try (Statement st = c.createStatement()) {
            st.setMaxRows(1);
            for (String t : filter.touched(graph.tableNames())) {
                try (ResultSet rs = st.executeQuery("SELECT 1 FROM " + ops.quote(t))) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
