package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain class, without JUnit's callbacks: what a benchmark or another framework calls. */
class FreshDatabasesTest {
    private static final FreshDatabaseOptions SHOP = FreshDatabaseOptions.defaults().withProject(Path.of(Shop.PROJECT));

    @Test
    void next_givesDatabasesThatDoNotShareRows() throws SQLException {
        try (FreshDatabases databases = FreshDatabases.open(SHOP)) {
            try (FreshDatabase first = databases.next(); FreshDatabase second = databases.next()) {
                Shop.insertCustomer(first.dataSource(), 1, "first");
                assertThat(first.name()).isNotEqualTo(second.name());
                assertThat(Shop.customerIds(second.dataSource())).isEmpty();
                assertThat(Shop.roleCodes(second.dataSource())).containsExactly("admin", "user");
            }
        }
    }

    @Test
    void open_findsTheTemplateAnEarlierInstanceBuilt() {
        try (FreshDatabases first = FreshDatabases.open(SHOP)) {
            try (FreshDatabases second = FreshDatabases.open(SHOP)) {
                assertThat(second.template()).isEqualTo(first.template()).startsWith("shale_jt_");
                assertThat(second.templateBuilt()).isFalse();
            }
        }
    }

    /**
     * With a copy ready, a fresh PostgreSQL database is a queue poll: well under the 50 ms budget. (How
     * often one is ready depends on the test's own duration against the server's copy time, which on a
     * loaded machine is several hundred milliseconds; the test waits for readiness to measure next() alone.)
     */
    @Test
    void next_onPostgres_takesAReadyCopy() throws Exception {
        try (FreshDatabases databases = FreshDatabases.open(SHOP.withSpares(2))) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                assertThat(databases.awaitReady(Duration.ofSeconds(60))).as("a copy made ahead of demand").isTrue();
                long start = System.nanoTime();
                try (FreshDatabase db = databases.next()) {
                    micros.add((System.nanoTime() - start) / 1000);
                    assertThat(db.name()).startsWith("shale_jc_");
                }
            }
            micros.sort(null);
            long median = micros.get(micros.size() / 2);
            System.out.println("FreshDatabases.next() on PostgreSQL, microseconds sorted: " + micros);
            assertThat(median).isLessThan(50_000);
        }
    }
}
