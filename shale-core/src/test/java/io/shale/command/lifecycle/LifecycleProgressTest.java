package io.shale.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.data.Purger;
import io.shale.data.ReferenceDataPolicy;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.RecordingListener;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What clear and reset tell their listener, in order, on the lifecycle fixture (18 tables, 2 migrations). */
class LifecycleProgressTest {
    @TempDir
    Path dir;

    @AllEngines
    void clear_reportsReplayThenEveryTableEmptiedThenReferenceRowsPerTable(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            try {
                Fixture f = new Fixture(db, dir);
                f.shale().upgrade();
                f.fill();
                RecordingListener progress = new RecordingListener();

                ClearCommand.Result r = f.shale().withListener(progress).clear(new ClearCommand.Options(List.of(),
                        ReferenceDataPolicy.AUTO, Fixture.YES), f.scratch());

                List<String> steps = progress.steps();
                int at = 0;
                if (engine != Engine.POSTGRES) {
                    // PostgreSQL reads the reference rows from reset's template; the others replay in a scratch database
                    assertThat(steps.subList(0, 4)).containsExactly("step " + ClearCommand.REPLAYING + " 2",
                            "progress 1 0001_schema.sql", "progress 2 0002_reference_rows.sql", "done");
                    at = 4;
                }
                assertThat(steps.get(at)).isEqualTo("step " + ClearCommand.EMPTYING + " 18");
                int emptied = steps.indexOf("step " + ClearCommand.RESTORING + " 5") - 1;
                assertThat(steps.get(emptied)).isEqualTo("done");
                List<String> emptying = steps.subList(at + 1, emptied);
                if (engine == Engine.POSTGRES) {
                    // one TRUNCATE empties them all
                    assertThat(emptying).containsExactly("progress 18 null");
                } else {
                    // a statement per table, each reported as it is emptied
                    assertThat(emptying).hasSize(18);
                    for (int i = 0; i < 18; i++) {
                        assertThat(emptying.get(i)).startsWith("progress " + (i + 1) + " ").doesNotEndWith(" null");
                    }
                    assertThat(emptying.stream().map(e -> e.substring(e.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)))
                            .containsExactlyInAnyOrderElementsOf(r.cleared().stream()
                                    .map(t -> t.toLowerCase(Locale.ROOT)).toList());
                }
                at = emptied - 2; // the restoring step follows at at + 3, as on PostgreSQL
                assertThat(steps.get(steps.size() - 1)).isEqualTo("done");
                Map<String, Long> restoredPerTable = new LinkedHashMap<>();
                long before = 0;
                for (String e : steps.subList(at + 4, steps.size() - 1)) {
                    String[] parts = e.split(" ");
                    assertThat(parts[0]).isEqualTo("progress");
                    long done = Long.parseLong(parts[1]);
                    restoredPerTable.put(parts[2].toLowerCase(Locale.ROOT), done - before);
                    before = done;
                }
                assertThat(restoredPerTable).containsOnly(Map.entry("countries", 2L), Map.entry("roles", 2L),
                        Map.entry("settings", 1L));
                assertThat(before).isEqualTo(5);
                assertThat(r.cleared()).hasSize(18);
                assertThat(progress.events()).noneMatch(e -> e.startsWith("planned") || e.startsWith("finished"));
            } finally {
                if (engine == Engine.POSTGRES) {
                    ServerDatabases.drop(db, ServerDatabases.TEMPLATES);
                    ServerDatabases.drop(db, ServerDatabases.SPARES);
                }
            }
        }
    }

    @AllEngines
    void reset_dropping_reportsTheDropThenEachMigrationAsUpgradeDoes(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, dir);
            f.shale().upgrade();
            RecordingListener progress = new RecordingListener();

            f.shale().withListener(progress).reset(new ResetCommand.Options(false, false, false, Fixture.YES));

            assertThat(progress.events()).containsExactly("step " + ResetCommand.DROPPING + " 1", "progress 1 null",
                    "done", "planned UP 2", "started 0001_schema.sql", "finished 0001_schema.sql",
                    "started 0002_reference_rows.sql", "finished 0002_reference_rows.sql");
        }
    }

    /** H2 cannot drop every object but some tables (ResetKeepsAndCreatesTest). */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB", "SQLITE"})
    void reset_keepingExcludedTables_reportsTheDropThenEachMigration(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, dir);
            f.shale().upgrade();
            db.execute("CREATE TABLE apscheduler_jobs (id VARCHAR(191) PRIMARY KEY)");
            RecordingListener progress = new RecordingListener();

            f.shale().withListener(progress).reset(new ResetCommand.Options(false, false, false, Fixture.YES,
                    List.of("apscheduler_*")));

            assertThat(progress.steps()).containsExactly("step " + ResetCommand.DROPPING_EXCEPT + " 1",
                    "progress 1 null", "done");
            assertThat(progress.events().subList(3, progress.events().size())).containsExactly("planned UP 2",
                    "started 0001_schema.sql", "finished 0001_schema.sql", "started 0002_reference_rows.sql",
                    "finished 0002_reference_rows.sql");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void reset_recreate_reportsTheRecreateThenEachMigration(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, dir);
            f.shale().upgrade();
            RecordingListener progress = new RecordingListener();

            f.shale().withListener(progress).reset(new ResetCommand.Options(false, true, false, Fixture.YES));

            assertThat(progress.events()).containsExactly("step " + ResetCommand.RECREATING + " 1",
                    "progress 1 " + db.name(), "done", "planned UP 2", "started 0001_schema.sql",
                    "finished 0001_schema.sql", "started 0002_reference_rows.sql", "finished 0002_reference_rows.sql");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = "POSTGRES")
    void reset_fromTemplate_reportsTheTemplateBuildThenTheCopy_andOnlyTheCopyOnceBuilt(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            try {
                Fixture f = new Fixture(db, dir);
                f.shale().upgrade();
                RecordingListener first = new RecordingListener();
                RecordingListener second = new RecordingListener();

                f.shale().withListener(first).reset(new ResetCommand.Options(false, Fixture.YES)).awaitSpare();
                f.shale().withListener(second).reset(new ResetCommand.Options(false, Fixture.YES)).awaitSpare();

                assertThat(first.events()).containsExactly("planned UP 2", "started 0001_schema.sql",
                        "finished 0001_schema.sql", "started 0002_reference_rows.sql",
                        "finished 0002_reference_rows.sql", "step " + ResetCommand.REPLACING + " 1",
                        "progress 1 " + db.name(), "done");
                assertThat(second.events()).containsExactly("step " + ResetCommand.REPLACING + " 1",
                        "progress 1 " + db.name(), "done");
            } finally {
                ServerDatabases.drop(db, ServerDatabases.TEMPLATES);
                ServerDatabases.drop(db, ServerDatabases.SPARES);
            }
        }
    }

    @AllEngines
    void purge_reportsCollectingThenEachTableDeletedWithItsRows_andADryRunOnlyCollecting(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, dir);
            f.shale().upgrade();
            f.fill();
            RecordingListener dry = new RecordingListener();
            RecordingListener real = new RecordingListener();

            f.shale().withListener(dry).purge(PurgeCommandTest.options(engine, true));
            f.shale().withListener(real).purge(PurgeCommandTest.options(engine, false));

            List<String> collecting = dry.steps();
            assertThat(collecting.get(0)).startsWith("step " + Purger.COLLECTING + " ");
            long units = Long.parseLong(collecting.get(0).substring(("step " + Purger.COLLECTING + " ").length()));
            assertThat(units).isGreaterThan(CLOSURE_TABLES);
            assertThat(collecting.get(1)).isEqualToIgnoringCase("progress 0 rows of users matching the rule");
            assertThat(collecting.get(collecting.size() - 2)).matches("progress " + units + " pass \\d+ done");
            assertThat(collecting.get(collecting.size() - 1)).isEqualTo("done");
            assertThat(collecting).filteredOn(e -> e.startsWith("step ")).hasSize(1);

            List<String> steps = real.steps();
            assertThat(steps.subList(0, collecting.size())).isEqualTo(collecting);
            List<String> deleting = steps.subList(collecting.size(), steps.size());
            assertThat(deleting.get(0)).isEqualTo("step " + Purger.DELETING + " " + CLOSURE_TABLES);
            assertThat(deleting.get(deleting.size() - 1)).isEqualTo("done");
            Map<String, Long> announced = new LinkedHashMap<>();
            List<String> units2 = deleting.subList(1, deleting.size() - 1);
            assertThat(units2).hasSize(2 * CLOSURE_TABLES);
            for (int i = 0; i < units2.size(); i += 2) {
                String[] before = units2.get(i).split(" ");
                String[] after = units2.get(i + 1).split(" ");
                assertThat(Long.parseLong(before[1])).isEqualTo(i / 2);
                assertThat(Long.parseLong(after[1])).isEqualTo(i / 2 + 1);
                assertThat(after[2]).isEqualTo(before[2]);
                announced.put(before[2].toLowerCase(Locale.ROOT), Long.parseLong(before[3].substring(1)));
            }
            assertThat(announced).isEqualTo(PurgeCommandTest.CLOSURE);
        }
    }

    private static final int CLOSURE_TABLES = PurgeCommandTest.CLOSURE.size();
}
