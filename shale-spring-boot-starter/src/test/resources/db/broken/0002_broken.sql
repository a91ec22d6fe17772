-- migrate:up
ALTER TABLE users ADD COLUMN email varchar(200);
ALTER TABLE no_such_table ADD COLUMN nickname varchar(50);
-- migrate:down
ALTER TABLE users DROP COLUMN email;
