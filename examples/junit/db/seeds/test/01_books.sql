INSERT INTO books (title, author, published_year) VALUES ('Emma', 'Jane Austen', 1815);
INSERT INTO books (title, author, published_year) VALUES ('Persuasion', 'Jane Austen', 1817);
