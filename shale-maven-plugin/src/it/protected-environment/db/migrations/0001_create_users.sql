-- migrate:up
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);
-- migrate:down
DROP TABLE users;
