package com.example.books;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.junit.Isolation;
import io.shale.junit.ShaleTest;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * {@code Isolation.PER_METHOD}: every test method gets a database of its own, a fresh copy of the
 * migrated template, so each repetition starts empty whatever the others stored. A {@code DataSource}
 * parameter is injected without any annotation.
 */
@ShaleTest(isolation = Isolation.PER_METHOD)
class PerMethodTest {
    BookRepository books;

    @BeforeEach
    void repository(DataSource dataSource) {
        books = new BookRepository(dataSource);
    }

    @RepeatedTest(3)
    void everyTestStartsEmpty() throws SQLException {
        assertThat(books.count()).isZero();

        books.insert("Middlemarch", "George Eliot");

        assertThat(books.count()).isEqualTo(1);
    }
}
