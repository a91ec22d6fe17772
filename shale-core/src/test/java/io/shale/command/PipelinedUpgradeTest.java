package io.shale.command;

import io.shale.command.migrate.UpgradeCommand;
import io.shale.run.BatchRunner;
import io.shale.run.Direction;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.PipelinedSteps;
import io.shale.run.RunPlan;
import io.shale.run.RunPlanner;
import io.shale.run.Settings;
import io.shale.run.StatementRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.migration.Migration;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL sends runs of transactional migrations several per round trip, each still in its own
 * transaction: the outcome must be exactly that of running them one by one.
 */
class PipelinedUpgradeTest {
    @TempDir
    Path dir;

    private static Project tables(Project p, int from, int to) {
        for (int v = from; v <= to; v++) {
            p.migration(v, "table_" + v, "CREATE TABLE t" + v + " (id int PRIMARY KEY);\n"
                    + "INSERT INTO t" + v + " (id) VALUES (" + v + ");", "DROP TABLE t" + v + ";");
        }
        return p;
    }

    @Test
    void longRun_appliesAndRecordsEveryMigration_inOrder_withListenerEvents() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Project project = tables(new Project(dir, db), 1, PipelinedSteps.MAX_MIGRATIONS + 6);
            List<String> events = new ArrayList<>();
            MigrationListener listener = new MigrationListener() {
                @Override
                public void started(Direction direction, Migration m) {
                    events.add("start " + m.version());
                }

                @Override
                public void finished(Direction direction, Migration m, Duration took) {
                    events.add("done " + m.version());
                }
            };

            UpgradeCommand.Result r = project.shale(listener).upgrade();

            int n = PipelinedSteps.MAX_MIGRATIONS + 6;
            assertThat(r.applied()).hasSize(n);
            assertThat(events).hasSize(2 * n).startsWith("start 1", "done 1", "start 2").endsWith("done " + n);
            List<AppliedMigration> history = project.shale().history();
            assertThat(history).hasSize(n).allSatisfy(h -> {
                assertThat(h.success()).isTrue();
                assertThat(h.executionMs()).isNotNegative();
                assertThat(h.appliedAt()).isNotNull();
                assertThat(h.appliedBy()).isEqualTo(db.user());
                assertThat(h.checksum()).hasSize(64);
            });
            assertThat(db.count("t" + n)).isEqualTo(1);
            assertThat(project.shale().validate().problems()).isEmpty();
        }
    }

    @Test
    void aUserNameWithQuoteAndBackslash_isRecordedAsItIs() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            String role = "o'b\\x";
            db.execute("CREATE ROLE \"" + role + "\" LOGIN PASSWORD 'pw'",
                    "GRANT ALL ON SCHEMA public TO \"" + role + "\"");
            Project project = tables(new Project(dir, db), 1, 3);
            io.shale.Shale shale = io.shale.Shale.configure()
                    .dataSource(new io.shale.jdbc.UrlDataSource(db.url(), role, "pw")).migrations(dir).load();

            assertThat(shale.upgrade().applied()).hasSize(3);

            assertThat(shale.history()).extracting(AppliedMigration::appliedBy).containsOnly(role);
        }
    }

    @Test
    void failureInsideARun_keepsThePrefix_reportsTheExactStatement_andRunsNothingAfter() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Project project = tables(new Project(dir, db), 1, 12);
            project.migration(13, "broken", "CREATE TABLE half (id int);\nINSERT INTO no_such_table VALUES (1);", null);
            tables(project, 14, 20);

            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                assertThat(e.getMessage()).contains("0013_broken.sql line 3").contains("statement 2 of 2")
                        .contains("no_such_table");
                assertThat(e.hint()).contains("nothing of this migration was applied");
            });

            assertThat(project.shale().history()).extracting(AppliedMigration::version)
                    .containsExactlyElementsOf(range(1, 12));
            assertThat(db.tables()).contains("t12").doesNotContain("half", "t14", "t20");
        }
    }

    @Test
    void statementsReturningRows_takeTheOrdinaryPath_betweenPipelinedRuns() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Project project = tables(new Project(dir, db), 1, 5);
            project.migration(6, "with_select", "CREATE SEQUENCE s;\nSELECT setval('s', 41);\n"
                    + "INSERT INTO t1 (id) VALUES (100) RETURNING id;", null);
            tables(project, 7, 10);

            assertThat(project.shale().upgrade().applied()).hasSize(10);

            assertThat(db.scalar("SELECT nextval('s')")).isEqualTo(42L);
            assertThat(db.count("t1")).isEqualTo(2);
            assertThat(project.shale().history()).hasSize(10);
        }
    }

    @Test
    void noTransactionMigration_splitsTheRun_andRunsOutsideATransaction() {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Project project = tables(new Project(dir, db), 1, 4);
            project.migration(5, "concurrently", "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY i1 ON t1 (id);", null);
            tables(project, 6, 9);

            assertThat(project.shale().upgrade().applied()).hasSize(9);

            assertThat(db.scalar("SELECT count(*) FROM pg_indexes WHERE indexname = 'i1'")).isEqualTo(1L);
        }
    }

    @Test
    void chunks_stopAtLimits_rowReturningStatements_andNoTransactionFiles_andRunReportsTheCommittedPrefix()
            throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Project project = tables(new Project(dir, db), 1, PipelinedSteps.MAX_MIGRATIONS + 2);
            project.migration(100, "select", "SELECT 1;", null);
            project.migration(101, "plain", "CREATE TABLE p (id int);", null);
            project.migration(102, "broken", "CREATE TABLE q (id int);\nINSERT INTO nowhere VALUES (1);", null);
            project.migration(103, "after", "CREATE TABLE r (id int);", null);
            project.migration(104, "cic", "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY ci ON p (id);", null);
            io.shale.migration.MigrationSet set = io.shale.migration.MigrationLoader.load(dir, List.of(), null);
            List<Migration> all = set.migrations();
            try (MigrationContext ctx = MigrationContext.open(db.dataSource(), "test", set, Settings.defaults("test"))) {
                ctx.history().ensureExists(ctx.connection());
                PipelinedSteps steps = new PipelinedSteps(ctx, MigrationListener.NONE, new StatementRunner(ctx));
                List<RunPlan.Unit> units = new RunPlanner(ctx.dialect())
                        .upgrade(all, false, false, java.util.Map.of(), "test", java.time.Instant.now()).units();

                assertThat(steps.chunkFrom(units, 0).units()).hasSize(PipelinedSteps.MAX_MIGRATIONS);
                int select = all.indexOf(set.find(100).orElseThrow());
                assertThat(steps.chunkFrom(units, select - 2).units()).hasSize(2);
                assertThat(steps.chunkFrom(units, select).units()).isEmpty();
                PipelinedSteps.Chunk tail = steps.chunkFrom(units, select + 1);
                assertThat(tail.units()).extracting(c -> c.migration().version()).containsExactly(101, 102, 103);

                List<BatchRunner.Step> done = steps.run(tail);

                assertThat(done).extracting(d -> d.migration().version()).containsExactly(101);
                assertThat(ctx.connection().getAutoCommit()).isTrue();
                assertThat(db.tables()).contains("p").doesNotContain("q", "r");
                assertThat(ctx.history().read(ctx.connection())).extracting(AppliedMigration::version)
                        .containsExactly(101);
            }
        }
    }

    @Test
    void pipelining_isOnForPgjdbcDefaults_andOffInSimpleQueryMode_whereAFailureStillKeepsOnlyThePrefix()
            throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            io.shale.dialect.Pipelining p = new io.shale.dialect.postgres.PostgresDialect().pipelining();
            String simple = db.url() + (db.url().contains("?") ? "&" : "?") + "preferQueryMode=simple";
            io.shale.jdbc.UrlDataSource simpleDs = new io.shale.jdbc.UrlDataSource(simple, db.user(), db.password());
            try (java.sql.Connection c = db.connect(); java.sql.Connection s = simpleDs.getConnection()) {
                assertThat(p.supports(c)).isTrue();
                assertThat(p.supports(s)).isFalse();
            }
            Project project = tables(new Project(dir, db), 1, 5);
            project.migration(6, "broken", "INSERT INTO nowhere VALUES (1);", null);
            tables(project, 7, 9);
            io.shale.Shale shale = io.shale.Shale.configure().dataSource(simpleDs).migrations(dir).load();

            assertThatThrownBy(shale::upgrade).isInstanceOfSatisfying(ShaleException.class,
                    e -> assertThat(e.getMessage()).contains("0006_broken.sql line 2"));

            assertThat(shale.history()).extracting(AppliedMigration::version).containsExactly(1, 2, 3, 4, 5);
            assertThat(db.tables()).doesNotContain("t7");
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }
}
