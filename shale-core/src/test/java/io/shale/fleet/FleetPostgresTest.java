package io.shale.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.migrate.UpgradeCommand;
import io.shale.embedded.EmbeddedPostgresServer;
import io.shale.error.ErrorCode;
import io.shale.testing.TestDatabases;
import io.shale.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet of 200 tenant databases on one embedded PostgreSQL, found by a {@code databases:}
 * pattern, upgraded with the default parallelism. One tenant in the middle holds a table that
 * conflicts with the second migration: the other 199 complete, the report says exactly which one
 * failed and where it stopped, and a rerun after the fix finishes that one and touches no other.
 */
class FleetPostgresTest {
    private static final int TENANTS = Integer.getInteger("fleet.tenants", 200);
    private static final String PREFIX = "fleet200_";
    private static final String BROKEN = PREFIX + "100";
    private static final int CONNECTIONS = 8;

    @TempDir
    static Path project;

    @BeforeAll
    static void createTenants() throws Exception {
        EmbeddedPostgresServer server = TestDatabases.postgresServer();
        // FILE_COPY from the empty template0 copies a few files instead of logging every page: a
        // tenant costs milliseconds, not a second, on a loaded machine.
        onEveryTenant(i -> "CREATE DATABASE " + name(i) + " TEMPLATE template0 STRATEGY FILE_COPY");
        try (Connection c = server.connect(BROKEN); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (legacy_id text)");
        }
    }

    /**
     * Dropped here rather than left to the server's removal at the JVM's exit: deleting 200
     * databases' files there can outlast the time the test runner gives a JVM to exit.
     */
    @AfterAll
    static void dropTenants() throws Exception {
        onEveryTenant(i -> "DROP DATABASE IF EXISTS " + name(i) + " WITH (FORCE)");
    }

    /**
     * Runs {@code sql} for every tenant over {@link #CONNECTIONS} connections at once. CREATE DATABASE
     * (FILE_COPY) and DROP DATABASE each wait for a checkpoint; statements waiting at the same time
     * share one, so the 200 cost a few dozen checkpoints instead of 200 or 400 (one by one, the drops
     * alone took over two minutes on a loaded machine).
     */
    private static void onEveryTenant(IntFunction<String> sql) throws Exception {
        EmbeddedPostgresServer server = TestDatabases.postgresServer();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int part = 1; part <= CONNECTIONS; part++) {
                int first = part;
                parts.add(pool.submit(() -> {
                    try (Connection c = server.connect(EmbeddedPostgresServer.MAINTENANCE_DATABASE);
                            Statement s = c.createStatement()) {
                        for (int i = first; i <= TENANTS; i += CONNECTIONS) {
                            s.execute(sql.apply(i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String name(int i) {
        return PREFIX + String.format("%03d", i);
    }

    private static Workspace workspace() {
        EmbeddedPostgresServer server = TestDatabases.postgresServer();
        return FleetProject.create(project,
                "targets:",
                "  tenants:",
                "    url: \"" + server.jdbcUrl(EmbeddedPostgresServer.MAINTENANCE_DATABASE) + "\"",
                "    user: " + server.user(),
                "    databases: \"" + PREFIX + "*\"");
    }

    @Test
    void upgradeOf200Databases_keepsGoingPastTheBrokenOne_andARerunFinishesIt() throws Exception {
        try (Workspace workspace = workspace()) {
            Fleet fleet = Fleet.of(workspace);
            List<Target> all = fleet.choose("all", null);
            assertThat(all).hasSize(TENANTS);
            assertThat(all.get(0).name()).isEqualTo(name(1));

            FleetResult<UpgradeCommand.Result> first = fleet.upgrade(all, FleetOptions.defaults(), FleetListener.NONE,
                    UpgradeCommand.Options.ALL);

            assertThat(first.count(TargetResult.Status.DONE)).as(() -> "first failure: " + first.results().stream()
                    .filter(r -> r.error() != null && r != first.results().get(99)).map(r -> r.error().toString())
                    .findFirst().orElse("none")).isEqualTo(TENANTS - 1);
            assertThat(first.count(TargetResult.Status.FAILED)).isEqualTo(1);
            assertThat(first.count(TargetResult.Status.SKIPPED)).isZero();
            TargetResult<UpgradeCommand.Result> broken = first.results().get(99);
            assertThat(broken.target().name()).isEqualTo(BROKEN);
            assertThat(broken.status()).isEqualTo(TargetResult.Status.FAILED);
            assertThat(broken.error().code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
            assertThat(broken.error().getMessage()).contains("0002_create_orders.sql");
            assertThat(broken.versionAfter()).as("the first migration stayed applied").isEqualTo(1);
            assertThat(first.results()).filteredOn(r -> r != broken).allSatisfy(r -> {
                assertThat(r.versionBefore()).isZero();
                assertThat(r.versionAfter()).isEqualTo(2);
                assertThat(r.detail().applied()).hasSize(2);
            });

            try (Connection c = TestDatabases.postgresServer().connect(BROKEN); Statement s = c.createStatement()) {
                s.execute("DROP TABLE orders");
            }
            FleetResult<UpgradeCommand.Result> rerun = fleet.upgrade(all, FleetOptions.defaults(), FleetListener.NONE,
                    UpgradeCommand.Options.ALL);

            assertThat(rerun.ok()).isTrue();
            assertThat(rerun.results()).filteredOn(r -> !r.detail().applied().isEmpty())
                    .extracting(r -> r.target().name()).containsExactly(BROKEN);
            TargetResult<UpgradeCommand.Result> fixed = rerun.results().get(99);
            assertThat(fixed.versionBefore()).isEqualTo(1);
            assertThat(fixed.versionAfter()).isEqualTo(2);
        }
    }
}
