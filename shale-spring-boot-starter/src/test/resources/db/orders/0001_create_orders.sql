-- migrate:up
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL);
-- migrate:down
DROP TABLE orders;
