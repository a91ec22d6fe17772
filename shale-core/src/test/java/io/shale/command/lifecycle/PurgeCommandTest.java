package io.shale.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.command.lifecycle.PurgeCommand;
import io.shale.dialect.data.DataGraph;
import io.shale.dialect.data.ForeignKeyEdge;
import io.shale.data.PurgeRule;
import io.shale.dialect.DataOperations;
import io.shale.error.ShaleException;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PurgeCommandTest {
    private static final Map<String, String> PREFIX = Map.of("prefix", "func-test-");

    /** Worked out by hand from {@link Fixture#fill()}: the odd users, team 1 whose captain is user 1, and below. */
    static final Map<String, Long> CLOSURE = Map.ofEntries(Map.entry("users", 5L), Map.entry("teams", 1L),
            Map.entry("user_roles", 5L), Map.entry("user_sessions", 5L), Map.entry("profiles", 5L),
            Map.entry("posts", 5L), Map.entry("comments", 20L), Map.entry("likes", 10L), Map.entry("post_tags", 5L),
            Map.entry("orders", 5L), Map.entry("order_items", 5L), Map.entry("payments", 5L));

    @TempDir
    Path dir;

    @AllEngines
    void purge_deletesExactlyTheForeignKeyClosure_andDryRunCountsTheSame(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, dir);
            f.shale().upgrade();
            f.fill();
            Map<String, List<String>> before = Fixture.rows(db);

            PurgeCommand.Result dry = f.shale().purge(options(engine, true));
            assertThat(Fixture.rows(db)).isEqualTo(before);
            PurgeCommand.Result real = f.shale().purge(options(engine, false));

            assertThat(lower(dry.counts())).isEqualTo(CLOSURE);
            assertThat(real.counts()).isEqualTo(dry.counts());
            Map<String, List<String>> after = Fixture.rows(db);
            for (String table : before.keySet()) {
                assertThat(after.get(table)).as(table).hasSize(before.get(table).size()
                        - CLOSURE.getOrDefault(table, 0L).intValue());
            }
            assertThat(db.scalar("SELECT COUNT(*) FROM users WHERE email LIKE 'real-%'")).asString().isEqualTo("5");
            assertThat(db.scalar("SELECT COUNT(*) FROM audit_log WHERE user_id IS NULL")).asString().isEqualTo("5");
            assertThat(orphans(db)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB", "SQLITE"})
    void purge_rollsEverythingBack_whenATriggerRaisesPartWay(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, dir);
            f.shale().upgrade();
            f.fill();
            switch (engine) {
                case POSTGRES -> db.execute("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; "
                        + "END $$ LANGUAGE plpgsql", "CREATE TRIGGER no_delete BEFORE DELETE ON users FOR EACH ROW "
                        + "EXECUTE FUNCTION boom()");
                case MARIADB -> db.execute("CREATE TRIGGER no_delete BEFORE DELETE ON users FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'boom'");
                default -> db.execute("CREATE TRIGGER no_delete BEFORE DELETE ON users BEGIN SELECT RAISE(ABORT, 'boom'); END");
            }
            Map<String, List<String>> before = Fixture.rows(db);

            assertThatThrownBy(() -> f.shale().purge(options(engine, false))).isInstanceOf(ShaleException.class)
                    .hasMessageContaining("boom");

            assertThat(Fixture.rows(db)).isEqualTo(before);
        }
    }

    @AllEngines
    void purge_bindsParameters_soAQuoteInAValueIsJustData(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, dir);
            f.shale().upgrade();
            f.fill();
            PurgeCommand.Result r = f.shale().purge(new PurgeCommand.Options(rule(engine),
                    Map.of("prefix", "x' OR '1' = '1"), false, List.of(), Fixture.YES));
            assertThat(r.total()).isZero();
            assertThat(db.count("users")).isEqualTo(10);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Engine.class)
    void purge_followsASelfReferenceChainOfAnyDepth_passAfterPass(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            java.nio.file.Files.writeString(dir.resolve("0001_nodes.sql"), "-- migrate:up\n"
                    + "CREATE TABLE nodes (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES nodes(id), name VARCHAR(10));\n"
                    + "CREATE TABLE leaves (id INTEGER PRIMARY KEY, node_id INTEGER NOT NULL REFERENCES nodes(id));\n");
            io.shale.migration.MigrationWriter.rehash(dir);
            io.shale.Shale shale = io.shale.Shale.configure().dataSource(db.dataSource()).migrations(dir).load();
            shale.upgrade();
            List<String> fill = new java.util.ArrayList<>();
            for (int n = 1; n <= 8; n++) {
                fill.add("INSERT INTO nodes (id, parent_id, name) VALUES (" + n + ", " + (n == 1 ? "NULL" : n - 1)
                        + ", 'chain')");
                fill.add("INSERT INTO leaves (id, node_id) VALUES (" + n + ", " + n + ")");
            }
            fill.add("INSERT INTO nodes (id, parent_id, name) VALUES (100, NULL, 'other')");
            fill.add("INSERT INTO leaves (id, node_id) VALUES (100, 100)");
            db.execute(fill.toArray(String[]::new));

            PurgeCommand.Result r = shale.purge(new PurgeCommand.Options(
                    new PurgeRule("chain", "nodes", "id = 1", List.of()), Map.of(), false, List.of(), Fixture.YES));

            assertThat(lower(r.counts())).containsEntry("nodes", 8L).containsEntry("leaves", 8L);
            assertThat(db.count("nodes")).isEqualTo(1);
            assertThat(db.count("leaves")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Engine.class)
    void purge_warnsAboutEachUnindexedForeignKey_withTheStatementThatFixesIt(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            java.nio.file.Files.writeString(dir.resolve("0001_nodes.sql"), "-- migrate:up\n"
                    + "CREATE TABLE nodes (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES nodes(id));\n"
                    + "CREATE TABLE leaves (id INTEGER PRIMARY KEY, node_id INTEGER NOT NULL REFERENCES nodes(id));\n"
                    + "CREATE INDEX leaves_node ON leaves (node_id);\n");
            io.shale.migration.MigrationWriter.rehash(dir);
            List<String> warnings = new java.util.ArrayList<>();
            io.shale.Shale shale = io.shale.Shale.configure().dataSource(db.dataSource()).migrations(dir)
                    .listener(new io.shale.run.MigrationListener() {
                        @Override
                        public void warning(String message) {
                            warnings.add(message);
                        }
                    }).load();
            shale.upgrade();
            PurgeCommand.Options dryRun = new PurgeCommand.Options(new PurgeRule("n", "nodes", "id = 1", List.of()),
                    Map.of(), true, List.of(), Fixture.YES);

            PurgeCommand.Result r = shale.purge(dryRun);

            if (engine == Engine.MARIADB || engine == Engine.H2) {
                // InnoDB and H2 index every foreign key's columns themselves.
                assertThat(r.unindexed()).isEmpty();
                return;
            }
            assertThat(r.unindexed()).singleElement().satisfies(u -> {
                assertThat(u.table()).isEqualToIgnoringCase("nodes");
                assertThat(u.columns()).singleElement().asString().isEqualToIgnoringCase("parent_id");
                assertThat(u.createIndex()).startsWith("CREATE INDEX").containsIgnoringCase("parent_id");
            });
            assertThat(warnings).singleElement().asString().containsIgnoringCase("parent_id").contains("CREATE INDEX");

            db.execute(r.unindexed().get(0).createIndex().replaceAll(";$", ""));
            assertThat(shale.purge(dryRun).unindexed()).isEmpty();
        }
    }

    static PurgeCommand.Options options(Engine engine, boolean dryRun) {
        return new PurgeCommand.Options(rule(engine), PREFIX, dryRun, List.of(), Fixture.YES);
    }

    /** The rule of the seed document; MySQL spells concatenation CONCAT (its || is OR). */
    static PurgeRule rule(Engine engine) {
        String where = engine == Engine.MARIADB ? "email LIKE CONCAT(:prefix, '%')" : "email LIKE :prefix || '%'";
        return new PurgeRule("functional-test-users", "users", where, List.of("prefix"));
    }

    private static Map<String, Long> lower(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }

    /** Rows, in any table, whose foreign key points at no row. */
    static long orphans(TestDatabase db) throws Exception {
        long total = 0;
        try (Connection c = db.connect()) {
            DataOperations ops = io.shale.dialect.Dialects.detect(c).dataOperations();
            DataGraph graph = ops.readGraph(c);
            for (ForeignKeyEdge fk : graph.foreignKeys()) {
                StringBuilder on = new StringBuilder();
                for (int i = 0; i < fk.childColumns().size(); i++) {
                    on.append(i == 0 ? "" : " AND ").append("p.").append(ops.quote(fk.parentColumns().get(i)))
                            .append(" = c.").append(ops.quote(fk.childColumns().get(i)));
                }
                String col = "c." + ops.quote(fk.childColumns().get(0));
                total += ((Number) db.scalar("SELECT COUNT(*) FROM " + ops.quote(fk.child()) + " c WHERE " + col
                        + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + ops.quote(fk.parent()) + " p WHERE " + on + ")"))
                        .longValue();
            }
        }
        return total;
    }
}
