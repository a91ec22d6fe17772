-- migrate:up
CREATE TABLE roles (id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO roles VALUES (1, 'admin');
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, role_id INTEGER REFERENCES roles(id));
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id));
-- migrate:down
DROP TABLE posts;
DROP TABLE users;
DROP TABLE roles;
