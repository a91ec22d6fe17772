package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * What every engine must give a {@code PER_METHOD} test class; each subclass names one engine on its
 * {@link ShaleTest}. A test that sees another's row, or a database not at the latest version, fails.
 */
abstract class IsolationSpec {
    @MigratedDatabase
    DataSource dataSource;

    @MigratedDatabase
    String url;

    @MigratedDatabase
    FreshDatabase database;

    @MigratedDatabase
    Connection connection;

    /** Run three times: without a fresh copy each time, the second run's insert would clash with the first's. */
    @RepeatedTest(3)
    void eachTest_startsEmptyAndSeesOnlyItsOwnRows(Connection parameter) throws SQLException {
        assertThat(Shop.customerIds(parameter)).isEmpty();
        Shop.insertCustomer(parameter, 100, "Ada");
        assertThat(Shop.customerIds(dataSource)).containsExactly(100);
    }

    @Test
    void referenceRowsThatMigrationsInserted_arePresent() throws SQLException {
        assertThat(Shop.roleCodes(dataSource)).containsExactly("admin", "user");
    }

    @Test
    void database_isMigratedToTheLatestVersion() {
        assertThat(database.version()).isEqualTo(3);
    }

    @Test
    void everyInjectedForm_reachesTheSameDatabase(DataSource ds, @MigratedDatabase String jdbcUrl, FreshDatabase db)
            throws SQLException {
        Shop.insertCustomer(connection, 7, "Grace");
        assertThat(Shop.customerIds(ds)).containsExactly(7);
        assertThat(jdbcUrl).isEqualTo(url).isEqualTo(db.url()).isEqualTo(database.url());
        assertThat(db).isSameAs(database);
    }
}
