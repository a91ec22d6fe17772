-- migrate:up
DROP TABLE users;
-- migrate:down
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);
