-- migrate:up
CREATE TABLE loans (
    id      INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES books (id),
    due     DATE NOT NULL
);
CREATE INDEX loans_book_id ON loans (book_id);

-- migrate:down
DROP TABLE loans;
