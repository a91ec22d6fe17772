package io.shale.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.dialect.Blocker;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Migration;
import io.shale.migration.MigrationWriter;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import io.shale.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration's DDL behind a long transaction: it waits at most {@code lock-wait}, so the readers that
 * queue behind it pass, retries with a pause, names the session that blocks it, and completes once that
 * session's transaction ends. The holder is a second connection of the test that keeps a transaction
 * open on the table; nothing here measures time, the order of events is what is asserted.
 */
class StatementLockWaitTest {
    /** How long the test waits for something that must happen; a deadline for a hung run, not a measure. */
    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newCachedThreadPool();

    /** What the run told the listener, as lines the assertions read. */
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private final MigrationListener recorder = new MigrationListener() {
        @Override
        public void statementWaiting(Migration migration, Duration waited, List<Blocker> blockers) {
            events.add("waiting " + migration.version() + " " + pids(blockers));
        }

        @Override
        public void retryingAfterLockWait(Migration migration, int retry, int retries, Duration backoff,
                                          List<Blocker> blockers) {
            events.add("retry " + migration.version() + " " + retry + "/" + retries + " " + pids(blockers));
        }
    };

    private static String pids(List<Blocker> blockers) {
        return blockers.stream().map(b -> "pid=" + b.pid()).toList().toString();
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void alterBehindALongTransaction_letsReadersPass_namesTheHolder_andCompletesOnceTheHolderEnds(Engine engine)
            throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute("CREATE TABLE items (id int PRIMARY KEY, name varchar(20))",
                    "INSERT INTO items (id, name) VALUES (1, 'a')");
            migration(1, "add_note", "ALTER TABLE items ADD COLUMN note varchar(20);",
                    "ALTER TABLE items DROP COLUMN note;");
            try (Connection holder = db.connect(); Workspace ws = workspace(db, Duration.ofSeconds(1), 100)) {
                long holderPid = holdTable(engine, holder);
                Future<UpgradeCommand.Result> upgrade = background.submit(() -> shale(ws).upgrade());

                eventually(() -> upgrade.isDone() || migratorWaits(engine, db));
                requireRunning(upgrade);
                Future<Long> reader = background.submit(() -> count(db, "items"));

                // The reader queued behind the waiting ALTER; it gets through while the holder still holds.
                assertThat(finished(reader, "the reader stayed blocked behind the waiting ALTER")).isEqualTo(1L);
                assertThat(upgrade.isDone()).as("the migration cannot finish while the holder holds").isFalse();
                eventually(() -> events.stream().anyMatch(e -> e.startsWith("retry 1 ")));
                assertThat(events).anySatisfy(e -> assertThat(e).startsWith("retry 1 1/100")
                        .contains("pid=" + holderPid));

                holder.commit();
                UpgradeCommand.Result result = upgrade.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
                assertThat(result.applied()).extracting(UpgradeCommand.Applied::version).containsExactly(1);
                assertThat(db.scalar("SELECT count(note) FROM items")).isIn(0, 0L);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void retriesRunOut_failWithTheBlockerNamed_andApplyNothing(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            db.execute("CREATE TABLE items (id int PRIMARY KEY, name varchar(20))");
            migration(1, "add_note", "ALTER TABLE items ADD COLUMN note varchar(20);",
                    "ALTER TABLE items DROP COLUMN note;");
            try (Connection holder = db.connect(); Workspace ws = workspace(db, Duration.ofMillis(300), 2)) {
                long holderPid = holdTable(engine, holder);

                assertThatThrownBy(() -> shale(ws).upgrade())
                        .isInstanceOfSatisfying(ShaleException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.LOCK_WAIT_EXHAUSTED);
                            assertThat(e.getMessage()).contains("after 3 attempt(s)", "blocked by pid " + holderPid,
                                    "0001_add_note.sql line 2");
                            assertThat(e.hint()).contains(engine == Engine.POSTGRES
                                    ? "SELECT pg_terminate_backend(" + holderPid + ")" : "KILL " + holderPid);
                        });
                assertThat(events).filteredOn(e -> e.startsWith("retry 1 ")).hasSize(2);
                holder.rollback();
            }
            assertThat(db.count("shale_history")).isZero();
            assertThat(columns(db)).doesNotContain("note");
        }
    }

    @Test
    void concurrentIndexWaitingForAnOldSnapshot_isReportedWithTheSessionItWaitsFor_andNotCutByTheLimit()
            throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            db.execute("CREATE TABLE items (id int PRIMARY KEY, name varchar(20))",
                    "CREATE TABLE other (id int)");
            migration(1, "index_names",
                    "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY items_name ON items (name);",
                    "-- shale:no-transaction\nDROP INDEX CONCURRENTLY items_name;");
            try (Connection holder = db.connect(); Workspace ws = workspace(db, Duration.ofMillis(200), 0)) {
                holder.setAutoCommit(false);
                long holderPid;
                try (Statement st = holder.createStatement()) {
                    st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                    st.executeQuery("SELECT count(*) FROM other").close();
                    holderPid = pid(holder, "SELECT pg_backend_pid()");
                }
                Future<UpgradeCommand.Result> upgrade = background.submit(() -> shale(ws).upgrade());

                eventually(() -> upgrade.isDone() || events.stream().anyMatch(e -> e.startsWith("waiting 1 ")));
                requireRunning(upgrade);
                assertThat(events).anySatisfy(e -> assertThat(e).contains("pid=" + holderPid));
                assertThat(upgrade.isDone()).isFalse();

                holder.commit();
                assertThat(upgrade.get(PATIENCE_SECONDS, TimeUnit.SECONDS).applied()).hasSize(1);
                assertThat(events).noneMatch(e -> e.startsWith("retry"));
                assertThat(db.scalar("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isIn(0, 0L);
            }
        }
    }

    @Test
    void failedConcurrentIndex_isReportedWithTheStatementThatDropsItsInvalidIndex() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            db.execute("CREATE TABLE items (id int PRIMARY KEY, name varchar(20))",
                    "INSERT INTO items (id, name) VALUES (1, 'twin'), (2, 'twin')");
            migration(1, "unique_names",
                    "-- shale:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY items_name_key ON items (name);",
                    "-- shale:no-transaction\nDROP INDEX CONCURRENTLY items_name_key;");
            try (Workspace ws = workspace(db, Duration.ofSeconds(5), 10)) {
                assertThatThrownBy(() -> shale(ws).upgrade())
                        .isInstanceOfSatisfying(ShaleException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                            assertThat(e.getMessage()).contains("1 invalid index(es)");
                            assertThat(e.hint()).contains("`DROP INDEX CONCURRENTLY public.items_name_key;`");
                        });
            }
            db.execute("DROP INDEX CONCURRENTLY public.items_name_key");
            assertThat(db.scalar("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isIn(0, 0L);
        }
    }

    @Test
    void dryRun_showsTheLimitSetBeforeTheFiles_liftedAroundANoTransactionFile_andResetAtTheEnd() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            migration(1, "create_items", "CREATE TABLE items (id int, name text);", "DROP TABLE items;");
            migration(2, "index_names",
                    "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY items_name ON items (name);",
                    "DROP INDEX items_name;");
            try (Workspace ws = workspace(db, Duration.ofMillis(1500), 10)) {
                List<String> script = shale(ws).upgrade(new UpgradeCommand.Options(null, true, false)).script();
                List<String> waits = script.stream()
                        .filter(l -> l.contains("lock_timeout") || l.startsWith("CREATE TABLE items")
                                || l.startsWith("CREATE INDEX") || l.startsWith("BEGIN"))
                        .toList();

                assertThat(waits).startsWith("SET lock_timeout = '1500ms';");
                assertThat(waits).containsSubsequence("BEGIN;", "CREATE TABLE items (id int, name text);",
                        "SET lock_timeout = 0;", "CREATE INDEX CONCURRENTLY items_name ON items (name);",
                        "SET lock_timeout = '1500ms';", "RESET lock_timeout;");
                assertThat(waits).endsWith("RESET lock_timeout;");
            }
        }
    }

    // --- helpers

    private Workspace workspace(TestDatabase db, Duration lockWait, int lockRetries) {
        return Workspace.builder().baseDir(dir).database(db.url(), db.user(), db.password())
                .migrations(dir.resolve("db/migrations")).lockWait(lockWait).lockRetries(lockRetries).build();
    }

    private Shale shale(Workspace ws) {
        return Shale.of(ws).withListener(recorder);
    }

    private void migration(int version, String name, String up, String down) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("db/migrations"));
        Files.writeString(folder.resolve(String.format("%04d_%s.sql", version, name)),
                "-- migrate:up\n" + up + "\n-- migrate:down\n" + down + "\n");
        MigrationWriter.rehash(folder);
    }

    /** Opens a transaction on {@code holder} that reads the table, holding its lock; returns the session's id. */
    private static long holdTable(Engine engine, Connection holder) throws SQLException {
        holder.setAutoCommit(false);
        try (Statement st = holder.createStatement()) {
            st.executeQuery("SELECT count(*) FROM items").close();
        }
        return pid(holder, engine == Engine.POSTGRES ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()");
    }

    private static long pid(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether some session waits for a lock on {@code items} (the migrator's ALTER). */
    private static boolean migratorWaits(Engine engine, TestDatabase db) {
        String sql = engine == Engine.POSTGRES
                ? "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'items'::regclass"
                : "SELECT count(*) FROM information_schema.PROCESSLIST"
                        + " WHERE STATE LIKE 'Waiting for table metadata lock%' AND INFO LIKE 'ALTER TABLE items%'";
        return ((Number) db.scalar(sql)).longValue() > 0;
    }

    private static long count(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> columns(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getColumns(null, null, "items", null)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString("COLUMN_NAME"));
            }
            return out;
        }
    }

    /** The task's result; fails the test with {@code failure} when it does not finish in the test's patience. */
    private static <T> T finished(Future<T> task, String failure) throws Exception {
        try {
            return task.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(failure + " (no result after " + PATIENCE_SECONDS + " s)", e);
        }
    }

    /** Fails with the run's own error when it ended early. */
    private static void requireRunning(Future<?> run) throws Exception {
        if (run.isDone()) {
            run.get();
            throw new AssertionError("the run finished instead of waiting");
        }
    }

    /** Polls {@code condition} until it holds; fails the test when it never does. */
    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE_SECONDS + " s for a condition that never held");
            }
            Thread.sleep(20);
        }
    }
}
