package com.example.books;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.junit.Isolation;
import io.shale.junit.MigratedDatabase;
import io.shale.junit.ShaleTest;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * JUnit's parallel mode ({@code junit-platform.properties} turns it on, this class opts in): the
 * methods run at the same time, each on its own database, so each sees only the rows it stored.
 */
@ShaleTest(isolation = Isolation.PER_METHOD)
@Execution(ExecutionMode.CONCURRENT)
class ParallelTest {
    @MigratedDatabase
    DataSource dataSource;

    @Test
    void austen() throws SQLException {
        storeAndSeeOnlyOwnRows("Jane Austen", "Emma", "Persuasion");
    }

    @Test
    void eliot() throws SQLException {
        storeAndSeeOnlyOwnRows("George Eliot", "Middlemarch");
    }

    @Test
    void bronte() throws SQLException {
        storeAndSeeOnlyOwnRows("Charlotte Brontë", "Jane Eyre", "Shirley", "Villette");
    }

    @Test
    void gaskell() throws SQLException {
        storeAndSeeOnlyOwnRows("Elizabeth Gaskell", "Cranford", "North and South");
    }

    private void storeAndSeeOnlyOwnRows(String author, String... titles) throws SQLException {
        BookRepository books = new BookRepository(dataSource);
        for (String title : titles) {
            books.insert(title, author);
        }
        assertThat(books.count()).isEqualTo(titles.length);
        assertThat(books.byAuthor(author)).extracting(Book::title).containsExactlyElementsOf(List.of(titles));
    }
}
