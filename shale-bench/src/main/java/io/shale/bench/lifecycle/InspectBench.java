package io.shale.bench.lifecycle;

import io.shale.bench.tool.Database;
import io.shale.dialect.Dialects;
import io.shale.dialect.Inspector;
import java.io.PrintStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shale's PostgreSQL inspector against a JDBC {@code DatabaseMetaData} walk, on a generated schema
 * of 1,000 tables (8 columns, a primary key, an index and a foreign key each). Both read on one open
 * connection; connecting is not timed.
 */
final class InspectBench {
    static final int TABLES = 1_000;

    /** Where results go so that no inspection can be optimised away. */
    private static volatile Object sink;

    private final Server server;
    private final LifecycleBench.Settings settings;
    private final PrintStream log;

    InspectBench(Server server, LifecycleBench.Settings settings, PrintStream log) {
        this.server = server;
        this.settings = settings;
        this.log = log;
    }

    void run(LifecycleResults results) throws Exception {
        log.println("[lifecycle] inspect: generating " + TABLES + " tables");
        String name = server.nextName("lc_inspect");
        Database db = server.create(name);
        try {
            Server.execute(db, batches(TABLES, 100));
            Server.execute(db, List.of("ANALYZE"));
            Inspector inspector = Dialects.forUrl(db.url()).inspector();
            log.println("[lifecycle] inspect: Shale's inspector vs DatabaseMetaData");
            try (Connection c = db.connect()) {
                SchemaFacts shale = SchemaFacts.of(inspector.inspect(c, List.of(), t -> false));
                SchemaFacts jdbc = SchemaFacts.walk(c);
                if (!shale.equals(jdbc)) {
                    throw new IllegalStateException("the two inspections disagree: Shale " + shale.describe()
                            + "; DatabaseMetaData " + jdbc.describe());
                }
                Map<String, Samples> t = Repeat.alternate(settings.warmup(), settings.runs(), List.of(
                        new Repeat.Contender("shale", () -> keep(inspector.inspect(c, List.of(), x -> false))),
                        settings.verySlow(new Repeat.Contender("jdbc", () -> keep(SchemaFacts.walk(c))), 2)));
                results.row("inspect", "generated, " + String.format("%,d", TABLES) + " tables",
                        "PostgreSQL inspector (`Dialect.inspector().inspect`)",
                        "`DatabaseMetaData` walk: `getTables`, then per table `getColumns`, `getPrimaryKeys`, "
                                + "`getIndexInfo`, `getImportedKeys`",
                        t.get("shale"), t.get("jdbc"), 0);
                results.note("inspect: both read " + shale.describe() + " (checked equal) on one open connection "
                        + "(connecting not timed); the walk's first run, for that check, is its warm-up.");
            }
        } finally {
            server.drop(name);
        }
    }

    private static void keep(Object o) {
        sink = o;
    }

    /** 8 columns each, a primary key, an index on name, a foreign key to the previous table (the first: itself). */
    static List<String> batches(int tables, int perBatch) {
        List<String> out = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        for (int i = 1; i <= tables; i++) {
            String table = String.format("t%04d", i);
            String parent = String.format("t%04d", Math.max(1, i - 1));
            batch.append("CREATE TABLE ").append(table).append(" (id bigint PRIMARY KEY, parent_id bigint REFERENCES ")
                    .append(parent).append(" (id) ON DELETE CASCADE, name character varying(100) NOT NULL, code text, ")
                    .append("amount numeric(10,2) DEFAULT 0 NOT NULL, ")
                    .append("created_at timestamp with time zone DEFAULT now() NOT NULL, flag boolean, note text);\n")
                    .append("CREATE INDEX ").append(table).append("_name_idx ON ").append(table).append(" (name);\n");
            if (i % perBatch == 0 || i == tables) {
                out.add(batch.toString());
                batch.setLength(0);
            }
        }
        return out;
    }
}
