-- migrate:up
ALTER TABLE books ADD COLUMN published_year integer;
-- migrate:down
ALTER TABLE books DROP COLUMN published_year;
