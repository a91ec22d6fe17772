-- migrate:up
ALTER TABLE customers ADD COLUMN email varchar(200);
-- migrate:down
ALTER TABLE customers DROP COLUMN email;
