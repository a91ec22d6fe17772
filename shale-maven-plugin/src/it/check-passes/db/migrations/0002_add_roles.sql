-- migrate:up
CREATE TABLE roles (code text PRIMARY KEY);
INSERT INTO roles VALUES ('admin');
-- migrate:down
DROP TABLE roles;
