package io.shale.bench.lifecycle;

import io.shale.Shale;
import io.shale.bench.tool.Database;
import io.shale.bench.tool.Tools;
import io.shale.bench.workload.Script;
import io.shale.bench.workload.Workload;
import io.shale.command.lifecycle.ClearCommand;
import io.shale.run.Confirmation;
import io.shale.data.ReferenceDataPolicy;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Shale.clear} against a DELETE-per-table loop in one transaction, on 200 tables holding
 * data. A project of 200 migrations, one table each (identity key, three columns, a foreign key to
 * the table 20 before it with an index on it); no migration inserts rows, so both leave the same
 * rows: none. Every run gets its own copy of a filled database (CREATE DATABASE ... TEMPLATE,
 * outside the timing), so each starts from the same pages.
 */
final class ClearBench {
    static final int TABLES = 200;
    private static final int FK_STRIDE = 20;

    private final Server server;
    private final LifecycleBench.Settings settings;
    private final PrintStream log;

    ClearBench(Server server, LifecycleBench.Settings settings, PrintStream log) {
        this.server = server;
        this.settings = settings;
        this.log = log;
    }

    static Workload project() {
        List<Script> scripts = new ArrayList<>();
        for (int i = 1; i <= TABLES; i++) {
            String t = table(i);
            String parent = i > FK_STRIDE ? " REFERENCES " + table(i - FK_STRIDE) + " (id)" : "";
            scripts.add(new Script(i, "create_" + t, "CREATE TABLE " + t + " (\n"
                    + "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                    + "    parent_id bigint" + parent + ",\n"
                    + "    name text NOT NULL,\n"
                    + "    amount integer NOT NULL,\n"
                    + "    created_at timestamptz NOT NULL DEFAULT now()\n"
                    + ");\n"
                    + "CREATE INDEX " + t + "_parent_idx ON " + t + " (parent_id);\n", true));
        }
        return new Workload("clear-" + TABLES, scripts);
    }

    static String table(int i) {
        return String.format("c%03d", i);
    }

    /**
     * @param large a size where the DELETE loop takes tens of seconds: Shale on the slow schedule, the loop
     *              once, and no parts (they were timed on the smaller size)
     */
    void run(LifecycleResults results, Path dir, int rows, boolean large) throws Exception {
        Tools.named("shale").write(project(), dir);
        String source = server.nextName("lc_clear_src");
        Database src = server.create(source);
        String target = server.nextName("lc_clear");
        try {
            log.printf("[lifecycle] clear: filling %d tables x %,d rows%n", TABLES, rows);
            Shale.configure().dataSource(server.dataSource(source)).migrations(dir).load().upgrade();
            Server.execute(src, fill(rows));
            Server.execute(src, List.of("VACUUM ANALYZE"));
            Shale shale = Shale.configure().dataSource(server.dataSource(target)).migrations(dir).load();
            Database db = server.database(target);
            ScratchProvider scratch = ScratchDatabases.beside(Dialects.forUrl(db.url()), db.url(), db.user(), null);
            log.printf("[lifecycle] clear: %d tables x %,d rows%n", TABLES, rows);
            Repeat.Step refill = () -> server.copy(source, target);
            Repeat.Step check = () -> requireEmpty(db);
            Repeat.Contender auto = new Repeat.Contender("auto", refill,
                    () -> shale.clear(options(ReferenceDataPolicy.AUTO), scratch), check);
            double first = Repeat.once(auto);
            Repeat.Contender delete = new Repeat.Contender("delete", refill, () -> deleteLoop(db), check);
            List<Repeat.Contender> contenders = large ? List.of(settings.slow(auto), settings.verySlow(delete, 1))
                    : List.of(auto, settings.slow(delete),
                    few(new Repeat.Contender("none", refill, () -> shale.clear(options(ReferenceDataPolicy.NONE), scratch),
                            check)),
                    few(new Repeat.Contender("truncate", refill, () -> truncate(db), check)));
            Map<String, Samples> t = Repeat.alternate(settings.warmup(), settings.runs(), contenders);
            String what = String.format("%d tables x %,d rows (%,d rows)", TABLES, rows, (long) TABLES * rows);
            String loop = "DELETE per table, children first, one transaction, over JDBC";
            results.row("clear", what, "`clear`, default `reference-data: auto`", loop, t.get("auto"), t.get("delete"), 10);
            if (!large) {
                results.row("clear", what, "`clear`, `reference-data: none`", loop, t.get("none"), t.get("delete"), 0);
                String op = String.format("clear %,d rows/table", rows);
                results.part(op, "first `clear`, default `reference-data: auto` (builds what later ones read the "
                        + "reference rows from, where core keeps it; one run)", Samples.of(first));
                results.part(op, "`clear`, default `reference-data: auto` (as above)", t.get("auto"));
                results.part(op, "`clear`, `reference-data: none` (reads no reference rows)", t.get("none"));
                results.part(op, "its `TRUNCATE` of the 200 tables `RESTART IDENTITY` alone (connect, one statement, "
                        + "commit)", t.get("truncate"));
                results.note("clear: 200 migrations, one table each (5 columns: identity key, a foreign key to the "
                        + "table 20 before, with an index on it). No migration inserts rows, so "
                        + "`reference-data: auto` (the default) restores none, but still reads the rows of a fresh "
                        + "upgrade to find that out (from reset's template database, built by the first clear and "
                        + "timed once in the parts; else a replay in a scratch database beside, "
                        + "`ScratchDatabases.beside`). Every run clears its own file copy of a filled database "
                        + "(`CREATE DATABASE ... TEMPLATE`, not timed); every run of either is checked to leave the "
                        + "tables empty.");
            }
        } finally {
            server.drop(target);
            server.drop(source);
            server.dropAll("shale_tpl_" + target + "_");
            server.dropAll("shale_spare_" + target + "_");
        }
    }

    /** A part timed for the breakdown only: a few runs, no warm-up. */
    private Repeat.Contender few(Repeat.Contender c) {
        return c.limit(0, Math.min(3, settings.runs()));
    }

    private static ClearCommand.Options options(ReferenceDataPolicy policy) {
        return new ClearCommand.Options(List.of(), policy, Confirmation.YES);
    }

    /** Parents first; {@code parent_id} points at a row of the table 20 before. */
    static List<String> fill(int rows) {
        List<String> out = new ArrayList<>();
        out.add("SET session_replication_role = replica"); // the rows are consistent by construction: no key checks
        for (int i = 1; i <= TABLES; i++) {
            out.add("INSERT INTO " + table(i) + " (parent_id, name, amount) SELECT " + (i > FK_STRIDE ? "g" : "NULL")
                    + ", 'row ' || g, g FROM generate_series(1, " + rows + ") g");
        }
        return out;
    }

    /** The obvious alternative: one DELETE per table, children before parents, in one transaction. */
    static void deleteLoop(Database db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = TABLES; i >= 1; i--) {
                st.executeUpdate("DELETE FROM " + table(i));
            }
            c.commit();
        }
    }

    /** What clear sends to empty the tables, alone. */
    static void truncate(Database db) throws SQLException {
        List<String> tables = new ArrayList<>();
        for (int i = 1; i <= TABLES; i++) {
            tables.add("\"" + table(i) + "\"");
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY");
            c.commit();
        }
    }

    private static void requireEmpty(Database db) throws SQLException {
        long left = Server.count(db, "SELECT (SELECT count(*) FROM " + table(1) + ") + (SELECT count(*) FROM "
                + table(TABLES) + ")");
        if (left != 0) {
            throw new IllegalStateException(left + " rows left after clearing " + db.url());
        }
    }
}
