package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Bad input fails the test class with Shale's own exception (code, message naming the file or database,
 * hint), not with JUnit internals. Each case is a test class run through JUnit's EngineTestKit; they are
 * {@code @Disabled} so that only this test runs them (the kit switches that condition off).
 */
class BadInputTest {

    @Test
    void missingMigrationsFolder_failsTheClassWithShalesCodeAndHint() {
        ShaleException e = classFailure(MissingFolder.class, Map.of());
        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATIONS_DIR_MISSING);
        assertThat(e.getMessage()).contains("no-such-folder");
        assertThat(e.hint()).isNotBlank();
    }

    @Test
    void failingMigration_failsTheClassNamingFileAndLine_everyTime() {
        for (int run = 1; run <= 2; run++) {
            // the second run fails the same way: the half-built template of the first was dropped, not kept
            ShaleException e = classFailure(FailingMigration.class, Map.of());
            assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
            assertThat(e.getMessage()).contains("0002_broken.sql line 3").contains("no_such_table");
            assertThat(e.hint()).isNotBlank();
        }
    }

    @Test
    void protectedEnvironmentInTheConfig_isRefusedBeforeAnythingIsCreated() {
        ShaleException e = classFailure(ProductionConfig.class, Map.of());
        assertThat(e.code()).isEqualTo(ErrorCode.PROTECTED_ENVIRONMENT);
        assertThat(e.getMessage()).contains("'production'");
        assertThat(e.hint()).contains("shale.junit.url");
    }

    /** A URL whose database says (in shale_meta) that it is production: refused, and the database is untouched. */
    @Test
    void urlOfADatabaseMarkedProduction_isRefused() throws Exception {
        try (FreshDatabases databases = FreshDatabases.open(
                FreshDatabaseOptions.defaults().withProject(Path.of(Shop.PROJECT)));
                FreshDatabase production = databases.next()) {
            DataSource ds = production.dataSource();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE shale_meta SET meta_value = 'production' WHERE meta_key = 'environment'");
            }
            Shop.insertCustomer(ds, 42, "a production row");

            ShaleException e = classFailure(AnyUrl.class, Map.of("shale.junit.url", production.url(),
                    "shale.junit.user", production.user()));

            assertThat(e.code()).isEqualTo(ErrorCode.PROTECTED_ENVIRONMENT);
            assertThat(e.getMessage()).contains(production.name()).contains("shale_meta");
            assertThat(Shop.customerIds(ds)).containsExactly(42);
        }
    }

    private static ShaleException classFailure(Class<?> testClass, Map<String, String> parameters) {
        var results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
                .configurationParameters(parameters)
                .selectors(selectClass(testClass))
                .execute();
        results.testEvents().assertStatistics(stats -> stats.started(0));
        Event failed = results.containerEvents().failed().stream()
                .filter(ev -> ev.getTestDescriptor().getUniqueId().toString().contains("[class:" + testClass.getName() + "]"))
                .findFirst().orElseThrow(() -> new AssertionError(testClass.getSimpleName() + " did not fail: "
                        + results.allEvents().list()));
        Throwable thrown = failed.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
        assertThat(thrown).isInstanceOf(ShaleException.class);
        return (ShaleException) thrown;
    }

    @Disabled("run by BadInputTest through the EngineTestKit")
    @ShaleTest(project = "src/test/resources/projects/missing-folder")
    static class MissingFolder {
        @Test
        void never() {
        }
    }

    @Disabled("run by BadInputTest through the EngineTestKit")
    @ShaleTest(project = "src/test/resources/projects/failing")
    static class FailingMigration {
        @Test
        void never() {
        }
    }

    @Disabled("run by BadInputTest through the EngineTestKit")
    @ShaleTest(project = "src/test/resources/projects/production")
    static class ProductionConfig {
        @Test
        void never() {
        }
    }

    @Disabled("run by BadInputTest through the EngineTestKit")
    @ShaleTest(project = Shop.PROJECT)
    static class AnyUrl {
        @Test
        void never() {
        }
    }
}
