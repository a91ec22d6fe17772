package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.RepeatedTest;

/** A seed set is loaded once, into the template: every test starts with its rows, whatever the last one did. */
abstract class SeedSetSpec {
    @RepeatedTest(2)
    void everyTest_startsWithTheSeedRows_evenAfterOneDeletedThem(Connection connection) throws SQLException {
        assertThat(Shop.customerIds(connection)).containsExactly(1);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("DELETE FROM customers");
            st.executeUpdate("DELETE FROM roles WHERE code = 'admin'");
        }
        assertThat(Shop.customerIds(connection)).isEmpty();
    }
}
