package io.shale.spring;

import io.shale.Shale;

/**
 * What Shale does to each managed data source at start-up. A bean of this type replaces the default
 * (upgrade, or with {@code shale.validate-only} a check that nothing is pending), for example to
 * validate, repair and then upgrade. It runs before JPA, {@code JdbcTemplate} and jOOQ users are
 * created; a {@link io.shale.error.ShaleException} it throws stops start-up with Shale's message.
 */
@FunctionalInterface
public interface ShaleMigrationStrategy {
    /**
     * @param dataSourceName the bean name of the data source
     * @param shale          the facade on that data source's workspace
     */
    void migrate(String dataSourceName, Shale shale);
}
