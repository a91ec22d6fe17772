package io.shale.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.UrlDataSource;
import io.shale.run.MigrationListener;
import io.shale.testing.GaleraCluster;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shale's migration lock on a real three-node Galera cluster, where {@code GET_LOCK} holds on one node
 * only: the lease lock keeps migrators on different nodes apart, survives a killed holder, and the
 * history agrees on every node. Skipped, with the reason, where mariadb-server and galera-4 are missing.
 */
class GaleraLockTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static GaleraCluster cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void startCluster() {
        var missing = GaleraCluster.unavailable();
        Assumptions.assumeTrue(missing.isEmpty(), missing.orElse(""));
        cluster = GaleraCluster.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void threeMigrators_onePerNode_applyEachMigrationExactlyOnce() throws Exception {
        String db = cluster.createDatabase("galera_" + DATABASES.incrementAndGet());
        new Project(dir, null)
                .migration(1, "runs", "CREATE TABLE runs (id int AUTO_INCREMENT PRIMARY KEY, version int NOT NULL);\n"
                        + "INSERT INTO runs (version) VALUES (1);", null)
                .migration(2, "slow", "CREATE TABLE b (id int PRIMARY KEY);\nINSERT INTO runs (version) VALUES (2);\n"
                        + "DO SLEEP(2);", null)
                .migration(3, "c", "CREATE TABLE c (id int PRIMARY KEY);\nINSERT INTO runs (version) VALUES (3);", null);
        CountDownLatch go = new CountDownLatch(1);
        List<String> waitedFor = new CopyOnWriteArrayList<>();
        List<CompletableFuture<UpgradeCommand.Result>> runs = new ArrayList<>();
        for (int node = 1; node <= 3; node++) {
            Shale shale = shale(node, db, Duration.ofSeconds(10), Duration.ofSeconds(2), new MigrationListener() {
                @Override
                public void waitingForLock(String holder) {
                    waitedFor.add(holder);
                }
            });
            runs.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                return shale.upgrade();
            }));
        }
        go.countDown();

        int applied = 0;
        for (var run : runs) {
            applied += run.get(120, TimeUnit.SECONDS).applied().size();
        }
        assertThat(applied).isEqualTo(3);
        assertThat(waitedFor).isNotEmpty().allSatisfy(holder ->
                assertThat(holder).containsPattern("node node[123], connection \\d+, since \\d{4}-\\d\\d-\\d\\d"));
        for (int node = 1; node <= 3; node++) {
            assertThat(column(node, db, "SELECT version FROM runs ORDER BY version")).containsExactly(1L, 2L, 3L);
            assertThat(column(node, db, "SELECT version FROM shale_history WHERE success ORDER BY version"))
                    .containsExactly(1L, 2L, 3L);
            assertThat(column(node, db, "SELECT COUNT(*) FROM shale_meta_lock")).containsExactly(0L);
        }
    }

    @Test
    void holderKilledWithSigkill_anotherNodesMigratorTakesOverAfterTheLease_andCompletes() throws Exception {
        String db = cluster.createDatabase("galera_" + DATABASES.incrementAndGet());
        new Project(dir, null)
                .migration(1, "a", "CREATE TABLE a (id int PRIMARY KEY);", null)
                .migration(2, "b", "CREATE TABLE b (id int PRIMARY KEY);", null);
        List<String> waitedFor = new CopyOnWriteArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<UpgradeCommand.Result> taker;
        // The holder takes the lease on node 1 and pauses, holding it, before its first migration.
        try (MigratorProcess holder = new MigratorProcess(cluster.jdbcUrl(1, db), cluster.user(), cluster.password(),
                dir, 30, 3000, 500, 600_000)) {
            holder.awaitLine("PLANNED 2", 60);
            Shale shale = shale(2, db, Duration.ofSeconds(3), Duration.ofMillis(500), new MigrationListener() {
                @Override
                public void waitingForLock(String h) {
                    waitedFor.add(h);
                    waiting.countDown();
                }
            });
            taker = CompletableFuture.supplyAsync(shale::upgrade);
            assertThat(waiting.await(60, TimeUnit.SECONDS)).as("node 2's migrator waits for the holder").isTrue();
            holder.kill();
        }

        UpgradeCommand.Result result = taker.get(120, TimeUnit.SECONDS);
        assertThat(result.applied()).extracting(UpgradeCommand.Applied::version).containsExactly(1, 2);
        assertThat(waitedFor).singleElement().asString().startsWith("node node1, connection ");
        for (int node = 1; node <= 3; node++) {
            assertThat(column(node, db, "SELECT version FROM shale_history WHERE success ORDER BY version"))
                    .containsExactly(1L, 2L);
        }
    }

    @Test
    void holderWhoseHeartbeatFails_hasItsMigrationConnectionAborted_beforeItRunsAnything() throws Exception {
        String db = cluster.createDatabase("galera_" + DATABASES.incrementAndGet());
        new Project(dir, null).migration(1, "a", "CREATE TABLE a (id int PRIMARY KEY);", null);
        CountDownLatch planned = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        Shale holder = shale(1, db, Duration.ofSeconds(3), Duration.ofMillis(300), new MigrationListener() {
            @Override
            public void planned(io.shale.run.Direction direction, List<io.shale.migration.Migration> migrations) {
                planned.countDown();
                await(goOn);
            }
        });
        CompletableFuture<UpgradeCommand.Result> run = CompletableFuture.supplyAsync(holder::upgrade);
        assertThat(planned.await(60, TimeUnit.SECONDS)).isTrue();
        long migrator = (Long) column(1, db, "SELECT connection_id FROM shale_meta_lock").get(0);
        try (Connection admin = cluster.connect(1, db); Statement st = admin.createStatement()) {
            // The lease's own session: the holder's other connection to this database.
            long lease;
            try (ResultSet rs = st.executeQuery("SELECT id FROM information_schema.processlist WHERE db = '" + db
                    + "' AND id NOT IN (" + migrator + ", CONNECTION_ID())")) {
                assertThat(rs.next()).isTrue();
                lease = rs.getLong(1);
                assertThat(rs.next()).as("one other connection: the lease's").isFalse();
            }
            st.execute("KILL CONNECTION " + lease);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!column(1, db, "SELECT id FROM information_schema.processlist WHERE id = " + migrator).isEmpty()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        goOn.countDown();

        assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(ShaleException.class);
        assertThat(column(2, db, "SHOW TABLES LIKE 'a'")).isEmpty();
        assertThat(shale(2, db, Duration.ofSeconds(3), Duration.ofMillis(500), MigrationListener.NONE).upgrade()
                .applied()).extracting(UpgradeCommand.Applied::version).containsExactly(1);
    }

    @Test
    void nodeRestartedBetweenMigrations_historyStillAgreesOnEveryNode() throws Exception {
        String db = cluster.createDatabase("galera_" + DATABASES.incrementAndGet());
        Project project = new Project(dir, null)
                .migration(1, "a", "CREATE TABLE a (id int PRIMARY KEY);", null);
        assertThat(shale(1, db).upgrade().applied()).hasSize(1);

        cluster.stop(3);
        project.migration(2, "b", "CREATE TABLE b (id int PRIMARY KEY);", null);
        assertThat(shale(2, db).upgrade().applied()).extracting(UpgradeCommand.Applied::version).containsExactly(2);
        cluster.restart(3);

        assertThat(shale(3, db).upgrade().applied()).isEmpty();
        project.migration(3, "c", "CREATE TABLE c (id int PRIMARY KEY);", null);
        assertThat(shale(3, db).upgrade().applied()).extracting(UpgradeCommand.Applied::version).containsExactly(3);
        List<Object> expected = column(1, db, "SELECT CONCAT(version, ':', checksum) FROM shale_history ORDER BY version");
        assertThat(expected).hasSize(3);
        for (int node = 2; node <= 3; node++) {
            assertThat(column(node, db, "SELECT CONCAT(version, ':', checksum) FROM shale_history ORDER BY version"))
                    .isEqualTo(expected);
            assertThat(column(node, db, "SHOW TABLES LIKE 'c'")).containsExactly("c");
        }
    }

    @Test
    void sessionWithRsu_isRefused_becauseDdlWouldNotReachTheOtherNodes() throws Exception {
        String db = cluster.createDatabase("galera_" + DATABASES.incrementAndGet());
        new Project(dir, null).migration(1, "a", "CREATE TABLE a (id int PRIMARY KEY);", null);
        Shale shale = Shale.configure()
                .dataSource(new UrlDataSource(cluster.jdbcUrl(1, db) + "?sessionVariables=wsrep_OSU_method=RSU",
                        cluster.user(), cluster.password()))
                .migrations(dir).load();

        assertThatThrownBy(shale::upgrade).isInstanceOfSatisfying(ShaleException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.CLUSTER_DDL_UNSAFE);
            assertThat(e.getMessage()).contains("node1").contains("wsrep_OSU_method=RSU");
        });
        assertThat(column(2, db, "SHOW TABLES LIKE 'a'")).isEmpty();
    }

    @Test
    void desyncedNode_isRefused_asNotReady() throws Exception {
        String db = cluster.createDatabase("galera_" + DATABASES.incrementAndGet());
        new Project(dir, null).migration(1, "a", "CREATE TABLE a (id int PRIMARY KEY);", null);
        try (Connection admin = cluster.connect(3, db); Statement st = admin.createStatement()) {
            st.execute("SET GLOBAL wsrep_desync = ON");
            try {
                assertThatThrownBy(() -> shale(3, db).upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CLUSTER_NOT_READY);
                    assertThat(e.getMessage()).contains("node3").contains("wsrep_local_state_comment=");
                    assertThat(e.hint()).contains("Synced");
                });
            } finally {
                st.execute("SET GLOBAL wsrep_desync = OFF");
            }
        }
        assertThat(column(1, db, "SHOW TABLES LIKE 'a'")).isEmpty();
        assertThat(shale(1, db).upgrade().applied()).hasSize(1);
    }

    private Shale shale(int node, String db) {
        return shale(node, db, Duration.ofSeconds(30), Duration.ofSeconds(5), MigrationListener.NONE);
    }

    private Shale shale(int node, String db, Duration lease, Duration heartbeat, MigrationListener listener) {
        return Shale.configure()
                .dataSource(new UrlDataSource(cluster.jdbcUrl(node, db), cluster.user(), cluster.password()))
                .migrations(dir).lockTimeout(Duration.ofSeconds(90)).lockLease(lease).lockHeartbeat(heartbeat)
                .listener(listener).load();
    }

    /** The first column of a query on one node, read after the node has applied everything committed before. */
    private static List<Object> column(int node, String db, String sql) throws SQLException {
        try (Connection c = cluster.connect(node, db); Statement st = c.createStatement()) {
            st.execute("SET SESSION wsrep_sync_wait = 1");
            List<Object> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    Object v = rs.getObject(1);
                    out.add(v instanceof Number n ? (Object) n.longValue() : v);
                }
            }
            return out;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
