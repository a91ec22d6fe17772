package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The migration-test API: start at version 2, insert rows, upgrade to 3, assert they survived (and the
 * new column exists), downgrade to 2 and assert again. Each subclass names an engine.
 */
abstract class MigrationStepsSpec {
    @MigratedDatabase
    FreshDatabase database;

    @Test
    void rowsInsertedAtVersion2_surviveTheUpgradeTo3AndTheDowngradeBack() throws SQLException {
        assertThat(database.version()).isEqualTo(2);
        Shop.insertCustomer(database.dataSource(), 1, "Ada");

        assertThat(database.upgradeTo(3).toVersion()).isEqualTo(3);
        assertThat(Shop.customerIds(database.dataSource())).containsExactly(1);
        assertThat(Shop.strings(database.dataSource(), "SELECT COUNT(email) FROM customers")).containsExactly("0");

        assertThat(database.downgradeTo(2).toVersion()).isEqualTo(2);
        assertThat(database.version()).isEqualTo(2);
        assertThat(Shop.customerIds(database.dataSource())).containsExactly(1);
    }

    /** The previous test moved its database up and down; this one still starts at version 2, empty. */
    @Test
    void aDatabaseWhoseVersionATestChanged_isNeverHandedOutAgain() throws SQLException {
        assertThat(database.version()).isEqualTo(2);
        assertThat(Shop.customerIds(database.dataSource())).isEmpty();
    }
}
