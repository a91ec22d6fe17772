package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Any server named by URL (a CI service, a Testcontainers URL) through the configuration parameter
 * {@code shale.junit.url}: test databases are made beside the named database, which stays untouched.
 * The "CI server" here is a database on the embedded PostgreSQL, reached by its URL like any other.
 */
class ConfiguredUrlTest {

    @Test
    void testsRunOnDatabasesMadeBesideTheConfiguredOne_whichStaysUntouched() throws SQLException {
        try (FreshDatabases databases = FreshDatabases.open(
                FreshDatabaseOptions.defaults().withProject(Path.of(Shop.PROJECT)));
                FreshDatabase ci = databases.next()) {
            Shop.insertCustomer(ci.dataSource(), 9, "a row of the CI database");

            var results = EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
                    .configurationParameters(Map.of("shale.junit.url", ci.url(), "shale.junit.user", ci.user()))
                    .selectors(selectClass(OnTheConfiguredServer.class))
                    .execute();

            assertThat(results.testEvents().failed().stream()
                    .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable()
                            .map(Throwable::toString).orElse("")).toList()).isEmpty();
            results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
            assertThat(Shop.customerIds(ci.dataSource())).containsExactly(9);
        }
    }

    @Disabled("run by ConfiguredUrlTest through the EngineTestKit, with shale.junit.url set")
    @ShaleTest(project = Shop.PROJECT, isolation = Isolation.PER_METHOD)
    static class OnTheConfiguredServer {
        @MigratedDatabase
        FreshDatabase database;

        @Test
        void startsEmpty_onACopyBesideTheConfiguredDatabase() throws SQLException {
            assertThat(database.name()).startsWith("shale_jc_");
            assertThat(Shop.customerIds(database.dataSource())).isEmpty();
            Shop.insertCustomer(database.dataSource(), 1, "one");
        }

        @Test
        void startsEmptyAgain() throws SQLException {
            assertThat(Shop.customerIds(database.dataSource())).isEmpty();
            Shop.insertCustomer(database.dataSource(), 1, "one");
        }
    }
}
