-- migrate:up
CREATE TABLE users (id bigint PRIMARY KEY, name varchar(100) NOT NULL);
-- migrate:down
DROP TABLE users;
