-- migrate:up
CREATE TABLE books (
    id    INTEGER PRIMARY KEY,
    title VARCHAR(200) NOT NULL
);

-- migrate:down
DROP TABLE books;
