package io.shale.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Tells Boot that {@link ShaleMigrationInitializer} beans initialize the database, so that every bean
 * Boot knows to depend on database initialization (JPA, {@code JdbcTemplate}, jOOQ, ...) is created
 * after them. Registered in {@code META-INF/spring.factories}, as Boot registers Flyway's.
 */
public class ShaleDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(ShaleMigrationInitializer.class);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
