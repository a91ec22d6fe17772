package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.junit.Isolation;
import io.shale.junit.ShaleTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables as the migrations make them, without Spring's context: shale-junit migrates a template
 * database once (from shale.yaml's migrations folder) and gives every test method a fresh copy of it,
 * so each test starts from empty tables whatever the others wrote.
 */
@ShaleTest(isolation = Isolation.PER_METHOD)
class CustomerTablesIsolationTest {
    JdbcTemplate jdbc;

    @BeforeEach
    void connect(DataSource dataSource) {
        jdbc = new JdbcTemplate(dataSource);
    }

    @RepeatedTest(3)
    void everyTestStartsWithNoCustomers() {
        assertThat(count("customers")).isZero();

        jdbc.update("INSERT INTO customers (name, email) VALUES ('Grace Hopper', 'grace@example.com')");

        assertThat(count("customers")).isEqualTo(1);
    }

    @Test
    void anOrderNeedsAnExistingCustomer() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO orders (customer_id, product, quantity) VALUES (42, 'x', 1)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("orders")).isZero();
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }
}
