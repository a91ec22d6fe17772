package com.example.books;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The application's data access: plain JDBC on the {@code books} table of the migrations. */
public final class BookRepository {
    private final DataSource dataSource;

    public BookRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores a book and returns it with the id the database gave it. */
    public Book insert(String title, String author) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO books (title, author) VALUES (?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, title);
            st.setString(2, author);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return new Book(keys.getLong(1), title, author);
            }
        }
    }

    public Optional<Book> find(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT id, title, author FROM books WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(book(rs)) : Optional.empty();
            }
        }
    }

    /** The books of one author, in title order. */
    public List<Book> byAuthor(String author) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT id, title, author FROM books WHERE author = ? ORDER BY title")) {
            st.setString(1, author);
            List<Book> books = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    books.add(book(rs));
                }
            }
            return books;
        }
    }

    public long count() throws SQLException {
        try (Connection c = dataSource.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM books")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Book book(ResultSet rs) throws SQLException {
        return new Book(rs.getLong("id"), rs.getString("title"), rs.getString("author"));
    }
}
