-- migrate:up
CREATE TABLE books (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title varchar(200) NOT NULL,
    author varchar(100) NOT NULL
);
-- migrate:down
DROP TABLE books;
