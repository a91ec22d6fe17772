package com.example.books;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.junit.MigratedDatabase;
import io.shale.junit.ShaleTest;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The default, {@code Isolation.PER_CLASS}: the class gets one database, migrated to the latest version,
 * and its methods share it, so a later method sees what an earlier one stored.
 */
@ShaleTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassTest {
    @MigratedDatabase
    DataSource dataSource;

    @Test
    @Order(1)
    void insert_givesTheBookAnId_andFindReturnsIt() throws SQLException {
        BookRepository books = new BookRepository(dataSource);
        assertThat(books.count()).isZero();

        Book emma = books.insert("Emma", "Jane Austen");

        assertThat(books.find(emma.id())).contains(emma);
        assertThat(books.find(emma.id() + 1)).isEmpty();
    }

    @Test
    @Order(2)
    void aLaterMethodOfTheClass_seesTheRowsOfAnEarlierOne() throws SQLException {
        BookRepository books = new BookRepository(dataSource);
        books.insert("Persuasion", "Jane Austen");

        assertThat(books.byAuthor("Jane Austen")).extracting(Book::title).containsExactly("Emma", "Persuasion");
    }
}
