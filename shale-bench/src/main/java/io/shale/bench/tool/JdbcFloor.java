package io.shale.bench.tool;

import io.shale.bench.workload.Script;
import io.shale.bench.workload.Workload;
import io.shale.dialect.postgres.PostgresSplitter;
import io.shale.sql.SqlStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor: the same statements in the same transactions (one per migration, none for a
 * non-transactional one) over plain JDBC, with no history, no lock, no checksums. Statements are
 * split when the workload is written, so the floor pays only reading one file. With everything
 * applied, its "migrate" and "status" are what any application pays to look at its database at
 * all: connect and run one query.
 */
final class JdbcFloor implements Tool {
    private static final String FILE = "statements.txt";

    /** One migration's statements. */
    private record Batch(boolean transactional, List<String> statements) {
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public void write(Workload workload, Path dir) throws Exception {
        PostgresSplitter splitter = new PostgresSplitter();
        StringBuilder out = new StringBuilder();
        for (Script s : workload.scripts()) {
            List<SqlStatement> statements = splitter.split(s.sql());
            out.append(s.transactional() ? "T " : "A ").append(statements.size()).append('\n');
            for (SqlStatement st : statements) {
                out.append(st.sql().length()).append('\n').append(st.sql()).append('\n');
            }
        }
        Files.writeString(dir.resolve(FILE), out);
    }

    @Override
    public void migrate(Path dir, Database db) throws Exception {
        List<Batch> batches = read(dir);
        boolean applied;
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            applied = isApplied(st);
            if (!applied) {
                for (Batch b : batches) {
                    c.setAutoCommit(!b.transactional());
                    for (String sql : b.statements()) {
                        st.execute(sql);
                    }
                    if (b.transactional()) {
                        c.commit();
                    }
                }
                c.setAutoCommit(true);
                st.execute("CREATE TABLE bench_floor_done ()");
            }
        }
    }

    @Override
    public long status(Path dir, Database db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            return isApplied(st) ? 1 : 0;
        }
    }

    /** The one query of a start with nothing to do; the marker table is the floor's only bookkeeping. */
    private static boolean isApplied(Statement st) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT to_regclass('bench_floor_done') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static List<Batch> read(Path dir) throws Exception {
        String text = Files.readString(dir.resolve(FILE));
        List<Batch> batches = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            boolean transactional = text.charAt(pos) == 'T';
            int count = Integer.parseInt(text.substring(pos + 2, eol));
            pos = eol + 1;
            List<String> statements = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                eol = text.indexOf('\n', pos);
                int length = Integer.parseInt(text.substring(pos, eol));
                statements.add(text.substring(eol + 1, eol + 1 + length));
                pos = eol + 2 + length;
            }
            batches.add(new Batch(transactional, statements));
        }
        return batches;
    }
}
