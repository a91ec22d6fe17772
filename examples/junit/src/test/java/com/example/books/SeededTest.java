package com.example.books;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.junit.Isolation;
import io.shale.junit.MigratedDatabase;
import io.shale.junit.ShaleTest;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A seed set ({@code db/seeds/test/}) is loaded once into the template, so every test's database
 * starts with its rows, and a test's own rows never reach the next test.
 */
@ShaleTest(seed = "test", isolation = Isolation.PER_METHOD)
class SeededTest {
    @MigratedDatabase
    DataSource dataSource;

    @RepeatedTest(2)
    void everyTestStartsWithTheSeedRows() throws SQLException {
        BookRepository books = new BookRepository(dataSource);
        assertThat(books.byAuthor("Jane Austen")).extracting(Book::title).containsExactly("Emma", "Persuasion");

        books.insert("Sense and Sensibility", "Jane Austen");

        assertThat(books.count()).isEqualTo(3);
    }
}
