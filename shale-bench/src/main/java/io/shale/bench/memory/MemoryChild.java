package io.shale.bench.memory;

import io.shale.Shale;
import io.shale.dialect.postgres.PostgresSplitter;
import io.shale.jdbc.UrlDataSource;
import io.shale.migration.Migration;
import io.shale.migration.MigrationBody;
import io.shale.migration.MigrationLoader;
import io.shale.migration.Section;
import io.shale.sql.SqlStatement;
import io.shale.sql.StatementSplitter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One measured run in a JVM of its own, whose heap limit the parent sets. Arguments:
 * {@code MODE DIR [JDBC_URL USER]}, where MODE is
 * <ul>
 *   <li>{@code upgrade}: Shale's facade applies the folder to the database (the whole run);</li>
 *   <li>{@code stream}: loads the folder and iterates each file's up statements lazily, as the
 *       runner is to execute them, without a database;</li>
 *   <li>{@code execute}: loads the folder and executes each file's lazily cut up statements on the
 *       database over plain JDBC, one transaction per file, as the runner is to do with them;</li>
 *   <li>{@code list}: loads the folder and splits each file's up text into a list held whole, as
 *       the runner did before the lazy source.</li>
 * </ul>
 * Prints one line: {@code statements=N after-gc=BYTES}.
 */
public final class MemoryChild {
    private MemoryChild() {
    }

    public static void main(String[] args) throws SQLException {
        HeapPeak peak = new HeapPeak().start();
        Path dir = Path.of(args[1]);
        long statements = switch (args[0]) {
            case "upgrade" -> {
                Shale.configure().dataSource(new UrlDataSource(args[2], args[3], null)).migrations(dir).load().upgrade();
                yield -1;
            }
            case "stream" -> stream(dir);
            case "execute" -> execute(dir, args[2], args[3]);
            case "list" -> list(dir);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        System.out.println("statements=" + statements + " after-gc=" + peak.afterGc());
    }

    private static long stream(Path dir) {
        StatementSplitter splitter = new PostgresSplitter();
        long count = 0;
        for (Migration m : MigrationLoader.load(dir, List.of(), null).migrations()) {
            for (SqlStatement s : splitter.statements((MigrationBody.Sql) m.body(), Section.UP)) {
                count += s.sql().isEmpty() ? 0 : 1;
            }
        }
        return count;
    }

    private static long execute(Path dir, String url, String user) throws SQLException {
        StatementSplitter splitter = new PostgresSplitter();
        long count = 0;
        try (Connection c = new UrlDataSource(url, user, null).getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (Migration m : MigrationLoader.load(dir, List.of(), null).migrations()) {
                for (SqlStatement s : splitter.statements((MigrationBody.Sql) m.body(), Section.UP)) {
                    st.execute(s.sql());
                    count++;
                }
                c.commit();
            }
        }
        return count;
    }

    private static long list(Path dir) {
        StatementSplitter splitter = new PostgresSplitter();
        long count = 0;
        for (Migration m : MigrationLoader.load(dir, List.of(), null).migrations()) {
            List<SqlStatement> all = splitter.split(((MigrationBody.Sql) m.body()).up());
            for (SqlStatement s : all) {
                count += s.sql().isEmpty() ? 0 : 1;
            }
        }
        return count;
    }
}
