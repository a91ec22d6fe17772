package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** PER_CLASS (the default): one database for the class, so a row one test writes is there in the next. */
@ShaleTest(project = Shop.PROJECT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassIsolationTest {
    @MigratedDatabase
    DataSource dataSource;

    @BeforeAll
    static void classDatabase_isAvailableBeforeAll(DataSource ds) throws SQLException {
        assertThat(Shop.customerIds(ds)).isEmpty();
    }

    @Test
    @Order(1)
    void firstTest_insertsARow() throws SQLException {
        Shop.insertCustomer(dataSource, 1, "Ada");
        assertThat(Shop.customerIds(dataSource)).containsExactly(1);
    }

    @Test
    @Order(2)
    void secondTest_seesTheRowOfTheFirst() throws SQLException {
        assertThat(Shop.customerIds(dataSource)).containsExactly(1);
    }
}
