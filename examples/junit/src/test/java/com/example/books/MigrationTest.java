package com.example.books;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.junit.FreshDatabase;
import io.shale.junit.Isolation;
import io.shale.junit.ShaleTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A test of migration 2 itself: the database starts at version 1, rows are stored there, then the
 * upgrade to 2 must keep them, and the downgrade back to 1 must keep them too.
 */
@ShaleTest(version = 1, isolation = Isolation.PER_METHOD)
class MigrationTest {

    @Test
    void addingPublishedYear_keepsTheBooks_andDowngradingKeepsThemToo(FreshDatabase database) throws SQLException {
        BookRepository books = new BookRepository(database.dataSource());
        assertThat(database.version()).isEqualTo(1);
        Book emma = books.insert("Emma", "Jane Austen");

        assertThat(database.upgradeTo(2).toVersion()).isEqualTo(2);
        assertThat(books.find(emma.id())).contains(emma);
        assertThat(publishedYears(database)).as("the new column, empty for old rows").isEqualTo(0);

        assertThat(database.downgradeTo(1).toVersion()).isEqualTo(1);
        assertThat(books.find(emma.id())).contains(emma);
    }

    /** A database whose version the test above changed is dropped, never handed out again. */
    @Test
    void theNextTestStartsAtVersion1Again(FreshDatabase database) throws SQLException {
        assertThat(database.version()).isEqualTo(1);
        assertThat(new BookRepository(database.dataSource()).count()).isZero();
    }

    private static long publishedYears(FreshDatabase database) throws SQLException {
        try (Connection c = database.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(published_year) FROM books")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
