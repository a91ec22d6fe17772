package io.shale.bench.lifecycle;

import io.shale.Shale;
import io.shale.bench.tool.Database;
import io.shale.bench.tool.Tools;
import io.shale.bench.workload.Script;
import io.shale.bench.workload.Workload;
import io.shale.run.Confirmation;
import io.shale.command.lifecycle.PurgeCommand;
import io.shale.data.PurgeRule;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Shale.purge} of 10,000 root rows and the rows that depend on them (two children each, two
 * grandchildren per child, through NO ACTION foreign keys) against the obvious hand-written loop:
 * per root, delete its grandchildren, its children, then the root, in one transaction. The roots
 * are chosen as the lifecycle documentation's example does: {@code email LIKE :prefix || '%'}.
 */
final class PurgeBench {
    static final int ROOTS = 10_000;
    private static final int FAN_OUT = 2;
    private static final String PREFIX = "purge-";
    static final PurgeRule RULE = PurgeRule.adHoc("accounts", "email LIKE :prefix || '%'");

    private final Server server;
    private final LifecycleBench.Settings settings;
    private final PrintStream log;

    PurgeBench(Server server, LifecycleBench.Settings settings, PrintStream log) {
        this.server = server;
        this.settings = settings;
        this.log = log;
    }

    static Workload project() {
        return new Workload("purge", List.of(
                new Script(1, "create_accounts", """
                        CREATE TABLE accounts (
                            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                            email text NOT NULL UNIQUE,
                            created_at timestamptz NOT NULL DEFAULT now()
                        );
                        """, true),
                new Script(2, "create_projects", """
                        CREATE TABLE projects (
                            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                            account_id bigint NOT NULL REFERENCES accounts (id),
                            name text NOT NULL
                        );
                        CREATE INDEX projects_account_idx ON projects (account_id);
                        """, true),
                new Script(3, "create_tasks", """
                        CREATE TABLE tasks (
                            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                            project_id bigint NOT NULL REFERENCES projects (id),
                            title text NOT NULL
                        );
                        CREATE INDEX tasks_project_idx ON tasks (project_id);
                        """, true)));
    }

    static long totalRows() {
        return ROOTS + (long) ROOTS * FAN_OUT + (long) ROOTS * FAN_OUT * FAN_OUT;
    }

    void run(LifecycleResults results, Path dir) throws Exception {
        Tools.named("shale").write(project(), dir);
        String source = server.nextName("lc_purge_src");
        Database src = server.create(source);
        String target = server.nextName("lc_purge");
        try {
            log.printf("[lifecycle] purge: filling %,d roots%n", ROOTS);
            Shale.configure().dataSource(server.dataSource(source)).migrations(dir).load().upgrade();
            Server.execute(src, List.of(
                    "INSERT INTO accounts (email) SELECT '" + PREFIX + "' || g || '@example.com' FROM generate_series(1, "
                            + ROOTS + ") g",
                    "INSERT INTO projects (account_id, name) SELECT a.id, 'project ' || k FROM accounts a, generate_series(1, "
                            + FAN_OUT + ") k ORDER BY a.id, k",
                    "INSERT INTO tasks (project_id, title) SELECT p.id, 'task ' || k FROM projects p, generate_series(1, "
                            + FAN_OUT + ") k ORDER BY p.id, k",
                    "VACUUM ANALYZE"));
            Shale shale = Shale.configure().dataSource(server.dataSource(target)).migrations(dir).load();
            Database db = server.database(target);
            PurgeCommand.Options options = new PurgeCommand.Options(RULE, Map.of("prefix", PREFIX), false, List.of(),
                    Confirmation.YES);
            log.printf("[lifecycle] purge: %,d roots, %,d rows%n", ROOTS, totalRows());
            Repeat.Step refill = () -> server.copy(source, target);
            Repeat.Step check = () -> requireEmpty(db);
            PurgeCommand.Options dryRun = new PurgeCommand.Options(RULE, Map.of("prefix", PREFIX), true, List.of(),
                    Confirmation.YES);
            Map<String, Samples> t = Repeat.alternate(settings.warmup(), settings.runs(), List.of(
                    new Repeat.Contender("shale", refill, () -> expect(shale.purge(options)), check),
                    settings.slow(new Repeat.Contender("loop", refill, () -> expect(perRootLoop(db)), check)),
                    new Repeat.Contender("dry", refill, () -> expect(shale.purge(dryRun)), () -> { })
                            .limit(0, Math.min(3, settings.runs()))));
            results.row("purge", String.format("%,d roots, %,d rows in 3 tables", ROOTS, totalRows()),
                    "`purge`, rule `accounts` where `email LIKE :prefix || '%'`",
                    "per root: DELETE grandchildren, children, the root (prepared statements), one transaction",
                    t.get("shale"), t.get("loop"), 0);
            results.part("purge", "`purge` (as above)", t.get("shale"));
            results.part("purge", "`purge --dry-run`: the same, without its three DELETEs (collects the keys, counts)",
                    t.get("dry"));
            results.note("purge: every account matches the rule; both delete the same " + String.format("%,d",
                    totalRows()) + " rows (counted, and the three tables checked empty after every run of either), "
                    + "each run on its own file copy of the filled database (not timed).");
        } finally {
            server.drop(target);
            server.drop(source);
        }
    }

    private static void expect(PurgeCommand.Result r) {
        expect(r.total());
    }

    private static void expect(long deleted) {
        if (deleted != totalRows()) {
            throw new IllegalStateException("deleted " + deleted + " rows, expected " + totalRows());
        }
    }

    /** The obvious hand-written purge: find the roots, then per root its grandchildren, children and itself. */
    static long perRootLoop(Database db) throws SQLException {
        long deleted = 0;
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            List<Long> roots = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM accounts WHERE email LIKE ? || '%'")) {
                ps.setString(1, PREFIX);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        roots.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement tasks = c.prepareStatement(
                    "DELETE FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE account_id = ?)");
                    PreparedStatement projects = c.prepareStatement("DELETE FROM projects WHERE account_id = ?");
                    PreparedStatement account = c.prepareStatement("DELETE FROM accounts WHERE id = ?")) {
                for (long id : roots) {
                    tasks.setLong(1, id);
                    deleted += tasks.executeUpdate();
                    projects.setLong(1, id);
                    deleted += projects.executeUpdate();
                    account.setLong(1, id);
                    deleted += account.executeUpdate();
                }
            }
            c.commit();
        }
        return deleted;
    }

    private static void requireEmpty(Database db) throws SQLException {
        long left = Server.count(db, "SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM projects) "
                + "+ (SELECT count(*) FROM tasks)");
        if (left != 0) {
            throw new IllegalStateException(left + " rows left after purging " + db.url());
        }
    }
}
