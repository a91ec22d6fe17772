package io.shale.spring;

import io.shale.Shale;
import io.shale.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Shale at start-up, as Boot runs Flyway: after the data sources exist (Boot 3 and Boot 4 class names,
 * since Boot 4 moved them into modules), and before every bean that uses the database, through Boot's
 * database-initialization ordering. Off with {@code shale.enabled=false}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@ConditionalOnClass(name = "org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer")
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "shale", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ShaleProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class ShaleAutoConfiguration {

    /** One Shale per managed data source; the workspaces close with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ShaleTargets shaleTargets(ShaleProperties properties, ConfigurableListableBeanFactory beans,
                                     ConfigurableEnvironment environment) {
        Map<String, String> processEnvironment = new LinkedHashMap<>();
        environment.getSystemEnvironment().forEach((key, value) -> processEnvironment.put(key, String.valueOf(value)));
        ClassLoader loader = beans.getBeanClassLoader() == null
                ? ShaleAutoConfiguration.class.getClassLoader() : beans.getBeanClassLoader();
        WorkspaceFactory factory = new WorkspaceFactory(properties, Path.of("").toAbsolutePath(), processEnvironment, loader);
        Map<String, ShaleTargets.Target> targets = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, DataSource> entry
                    : DataSourceSelection.select(beans, properties.getDataSource()).entrySet()) {
                ShaleProperties.DataSourceSettings settings = properties.forDataSource(entry.getKey());
                if (!settings.isEnabled()) {
                    continue;
                }
                Workspace workspace = factory.create(entry.getKey(), entry.getValue());
                boolean validateOnly = settings.getValidateOnly() != null
                        ? settings.getValidateOnly() : properties.isValidateOnly();
                targets.put(entry.getKey(), new ShaleTargets.Target(Shale.of(workspace), validateOnly));
            }
        } catch (RuntimeException e) {
            new ShaleTargets(targets).close();
            throw e;
        }
        return new ShaleTargets(targets);
    }

    @Bean
    @ConditionalOnMissingBean
    public ShaleMigrationInitializer shaleMigrationInitializer(ShaleTargets targets,
                                                               ObjectProvider<ShaleMigrationStrategy> strategy,
                                                               ConfigurableEnvironment environment) {
        return new ShaleMigrationInitializer(targets, strategy.getIfAvailable(), environment);
    }

    /** Boot's SchemaManagementProvider lives in spring-boot (3) or spring-boot-jdbc (4), same package. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.jdbc.SchemaManagementProvider")
    static class SchemaManagementConfiguration {
        @Bean
        ShaleSchemaManagementProvider shaleSchemaManagementProvider(ObjectProvider<ShaleTargets> targets) {
            return new ShaleSchemaManagementProvider(targets);
        }
    }
}
