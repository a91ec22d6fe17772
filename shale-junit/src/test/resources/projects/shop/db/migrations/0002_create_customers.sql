-- migrate:up
CREATE TABLE customers (id integer PRIMARY KEY, name varchar(100) NOT NULL, role_code varchar(20) REFERENCES roles (code));
-- migrate:down
DROP TABLE customers;
