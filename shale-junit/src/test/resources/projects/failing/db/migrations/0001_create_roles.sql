-- migrate:up
CREATE TABLE roles (code varchar(20) PRIMARY KEY, name varchar(50) NOT NULL);
INSERT INTO roles (code, name) VALUES ('admin', 'Administrator');
INSERT INTO roles (code, name) VALUES ('user', 'User');
-- migrate:down
DROP TABLE roles;
