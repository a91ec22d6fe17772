-- Leading comments and blank lines before the first token are dropped.

/* so is a block comment */
CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
INSERT INTO users VALUES (1, 'a'); INSERT INTO users VALUES (2, 'b');

   SELECT *
     FROM users   -- a comment inside a statement is kept
    WHERE id = 1   ;
;;
SELECT count(*) FROM users
