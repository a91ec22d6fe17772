package com.example.books;

public record Book(long id, String title, String author) {
}
