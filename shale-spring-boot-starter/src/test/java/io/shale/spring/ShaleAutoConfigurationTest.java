package io.shale.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** The auto-configuration on H2, in an application context without the rest of Boot. */
class ShaleAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ShaleAutoConfiguration.class, ShaleEndpointAutoConfiguration.class));

    @Configuration(proxyBeanMethods = false)
    static class OneDataSource {
        final String url = H2.newUrl();

        @Bean
        DataSource dataSource() {
            return H2.dataSource(url);
        }
    }

    /** A JdbcTemplate user that reads the migrated table while it is being created. */
    @Configuration(proxyBeanMethods = false)
    static class EagerJdbcUser {
        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.queryForObject("SELECT count(email) FROM users", Long.class);
            return jdbc;
        }
    }

    @Test
    void upgradesAtStartup_beforeJdbcTemplateIsCreated() {
        runner.withUserConfiguration(OneDataSource.class, EagerJdbcUser.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(H2.tables(context.getBean(DataSource.class))).contains("users", "shale_history");
            assertThat(context.getBean(ShaleTargets.class).shale("dataSource").status().upToDate()).isTrue();
        });
    }

    @Test
    void managedDataSources_areReportedToBootAsSchemaManaged_soHibernateDoesNotDefaultToCreateDrop() {
        runner.withUserConfiguration(TwoMarkedDataSources.class).run(context -> {
            var provider = context.getBean(org.springframework.boot.jdbc.SchemaManagementProvider.class);
            assertThat(provider.getSchemaManagement(context.getBean("orders", DataSource.class)))
                    .isEqualTo(org.springframework.boot.jdbc.SchemaManagement.MANAGED);
            assertThat(provider.getSchemaManagement(context.getBean("reporting", DataSource.class)))
                    .isEqualTo(org.springframework.boot.jdbc.SchemaManagement.UNMANAGED);
        });
    }

    @Test
    void validateOnly_refusesToStartWhenMigrationsArePending_andMigratesNothing() {
        runner.withUserConfiguration(OneDataSource.class).withPropertyValues("shale.validate-only=true").run(context -> {
            ShaleException error = shaleCause(context.getStartupFailure());
            assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(error.getMessage()).contains("dataSource", "0001_create_users.sql", "0002_add_email.sql");
            assertThat(error.hint()).contains("shale.validate-only=false");
        });
    }

    @Test
    void validateOnly_startsWhenTheDatabaseIsUpToDate() {
        String url = H2.newUrl();
        runner.withBean(DataSource.class, () -> H2.dataSource(url)).run(context -> assertThat(context).hasNotFailed());
        runner.withBean(DataSource.class, () -> H2.dataSource(url)).withPropertyValues("shale.validate-only=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void validateOnly_refusesToStartWhenTheHistoryDisagreesWithTheFiles() {
        String url = H2.newUrl();
        runner.withBean(DataSource.class, () -> H2.dataSource(url)).run(context -> assertThat(context).hasNotFailed());
        runner.withBean(DataSource.class, () -> H2.dataSource(url))
                .withPropertyValues("shale.validate-only=true", "shale.migrations=classpath:db/orders").run(context -> {
                    ShaleException error = shaleCause(context.getStartupFailure());
                    assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(error.getMessage()).contains("dataSource", "does not match its migrations");
                    assertThat(error.hint()).isNotBlank();
                });
    }

    @Test
    void enabledFalse_createsNoShaleBeans_andMigratesNothing() {
        runner.withUserConfiguration(OneDataSource.class).withPropertyValues("shale.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(ShaleTargets.class).doesNotHaveBean(ShaleMigrationInitializer.class);
            assertThat(H2.tables(context.getBean(DataSource.class))).doesNotContain("users");
        });
    }

    @Test
    void noDataSource_noShale() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ShaleTargets.class));
    }

    @Test
    void migrationsProperty_takesAFolderOnDisk() throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of(getClass().getResource("/db/orders").toURI());
        runner.withUserConfiguration(OneDataSource.class).withPropertyValues("shale.migrations=filesystem:" + folder)
                .run(context -> assertThat(H2.tables(context.getBean(DataSource.class))).contains("orders")
                        .doesNotContain("users"));
    }

    @Test
    void migrationsProperty_withAnUnknownPrefix_isRefused() {
        runner.withUserConfiguration(OneDataSource.class).withPropertyValues("shale.migrations=s3://bucket/db")
                .run(context -> {
                    ShaleException error = shaleCause(context.getStartupFailure());
                    assertThat(error.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                    assertThat(error.getMessage()).contains("shale.migrations", "s3://bucket/db");
                });
    }

    @Test
    void strategyBean_replacesTheDefaultAction() {
        List<String> calls = new ArrayList<>();
        runner.withUserConfiguration(OneDataSource.class)
                .withBean(ShaleMigrationStrategy.class, () -> (name, shale) -> {
                    calls.add("validate " + name + " " + shale.validateFiles().ok());
                    shale.upgrade(new io.shale.command.migrate.UpgradeCommand.Options(1, false, false));
                    calls.add("upgraded to " + shale.status().currentVersion());
                })
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(calls).containsExactly("validate dataSource true", "upgraded to 1");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoMarkedDataSources {
        @Bean
        @ShaleDataSource
        @Primary
        DataSource users() {
            return H2.dataSource(H2.newUrl());
        }

        @Bean
        @ShaleDataSource
        DataSource orders() {
            return H2.dataSource(H2.newUrl());
        }

        @Bean
        DataSource reporting() {
            return H2.dataSource(H2.newUrl());
        }
    }

    @Test
    void severalDataSources_eachMarkedOneGetsItsOwnShaleAndMigrations() {
        runner.withUserConfiguration(TwoMarkedDataSources.class)
                .withPropertyValues("shale.data-sources.orders.migrations=classpath:db/orders").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(ShaleTargets.class).all()).containsOnlyKeys("users", "orders");
                    assertThat(H2.tables(context.getBean("users", DataSource.class))).contains("users").doesNotContain("orders");
                    assertThat(H2.tables(context.getBean("orders", DataSource.class))).contains("orders").doesNotContain("users");
                    assertThat(H2.tables(context.getBean("reporting", DataSource.class))).isEmpty();
                    Map<String, Object> endpoint = context.getBean(ShaleEndpoint.class).status();
                    assertThat(((Map<?, ?>) endpoint.get("dataSources")).keySet().stream().map(String::valueOf)).containsExactly("users", "orders");
                });
    }

    @Test
    void dataSourceProperty_picksOneBeanByName() {
        runner.withUserConfiguration(TwoMarkedDataSources.class)
                .withPropertyValues("shale.data-source=reporting").run(context -> {
                    assertThat(context.getBean(ShaleTargets.class).all()).containsOnlyKeys("reporting");
                    assertThat(H2.tables(context.getBean("reporting", DataSource.class))).contains("users");
                    assertThat(H2.tables(context.getBean("orders", DataSource.class))).isEmpty();
                });
    }

    @Test
    void dataSourceProperty_namingNoDataSource_isRefusedWithTheBeanNames() {
        runner.withUserConfiguration(TwoMarkedDataSources.class).withPropertyValues("shale.data-source=nope")
                .run(context -> {
                    ShaleException error = shaleCause(context.getStartupFailure());
                    assertThat(error.code()).isEqualTo(ErrorCode.CONFIG_BAD_VALUE);
                    assertThat(error.getMessage()).contains("nope", "users", "orders", "reporting");
                });
    }

    @Test
    void failingMigration_isAnalyzedIntoShalesMessage() {
        runner.withUserConfiguration(OneDataSource.class).withPropertyValues("shale.migrations=classpath:db/broken")
                .run(context -> {
                    ShaleException error = shaleCause(context.getStartupFailure());
                    assertThat(error.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                    var analysis = new ShaleFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("MIGRATION_FAILED", "0002_broken.sql", "no_such_table");
                    assertThat(analysis.getAction()).isEqualTo(error.hint());
                });
    }

    static ShaleException shaleCause(Throwable failure) {
        assertThat(failure).as("start-up failure").isNotNull();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ShaleException shale) {
                return shale;
            }
        }
        throw new AssertionError("no ShaleException in " + failure);
    }
}
