package io.shale.spring;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Boot which data sources Shale manages the schema of, as Flyway's provider does, so that Boot's
 * default {@code ddl-auto} for an embedded database becomes {@code none} instead of {@code create-drop}
 * there: Hibernate must not drop the tables Shale's migrations just made. (Same package in Boot 3 and 4.)
 */
class ShaleSchemaManagementProvider implements SchemaManagementProvider {
    private final ObjectProvider<ShaleTargets> targets;

    ShaleSchemaManagementProvider(ObjectProvider<ShaleTargets> targets) {
        this.targets = targets;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        ShaleTargets managed = targets.getIfAvailable();
        boolean ours = managed != null && managed.all().values().stream()
                .anyMatch(target -> target.shale().workspace().dataSource() == dataSource);
        return ours ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
