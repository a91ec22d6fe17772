-- migrate:up
ALTER TABLE users ADD COLUMN email text;
CREATE TABLE posts (id integer PRIMARY KEY,, title text);
-- migrate:down
DROP TABLE posts;
